/**
 * `npm run bench:recall`: recall of the candidate index against a brute-force oracle on mutated
 * Reuters-21578 and BBC articles, its precision on unmutated BBC and its speed, next to the targets of
 * issue 3. Reads ../shared/data in place and skips cleanly when it is absent.
 * Usage: npm run bench:recall [-- ARTICLES_PER_CORPUS [SEED]]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDocument } from '../src/engine/documents.js';
import { loadWordNet, mulberry32 } from '../src/spin/index.js';
import { loadCorpora } from './corpora.js';
import { candidateLoad, stageSpeed } from './index-cost.js';
import { ENGINE_COMPARISONS, type Recall, recallOf, runIndex } from './index-run.js';
import {
  firstWords,
  LEDE_WORDS,
  MUTATION_KINDS,
  type Mutant,
  mutants,
  PAGE_LEDES,
  type SourceArticle,
  shuffle,
  wordCount,
} from './mutate.js';
import { containedShare, type OraclePair, oraclePairs, overlap, shingleSet } from './oracle.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.join(root, '..', 'shared', 'data');
const corpora = loadCorpora(dataDir);
if (corpora === undefined) {
  console.log(`bench:recall skipped: no Reuters-21578 or BBC corpus under ${dataDir}`);
  process.exit(0);
}

const perCorpus = Number(process.argv[2] ?? 100);
const seed = Number(process.argv[3] ?? 3);
/** Long enough for a 50-word lede and a truncation that still leaves a paragraph or two. */
const MIN_WORDS = 120;
const SPEED_MIN_WORDS = 300;

// Originals and the ledes that fill lede pages come from disjoint articles of each corpus.
const random = mulberry32(seed);
const originals: SourceArticle[] = [];
const fillerLedes: string[] = [];
for (const corpus of [corpora.reuters, corpora.bbc]) {
  const eligible = shuffle(
    corpus.filter((a) => wordCount(a.text) >= MIN_WORDS),
    random,
  );
  originals.push(...eligible.slice(0, perCorpus));
  const fillers = eligible.slice(perCorpus, perCorpus * (1 + PAGE_LEDES));
  fillerLedes.push(...fillers.map((a) => firstWords(a.text, LEDE_WORDS)));
}
const made: Mutant[] = mutants(originals, { seed, wordnet: loadWordNet(), fillerLedes });
const texts = [...originals.map((a) => a.text), ...made.map((m) => m.text)];
const docNumber = new Map(originals.map((a, i) => [a.id, i]));
const mutantDoc = (k: number) => originals.length + k;

const indexed = texts.map((t) => prepareDocument(t, []).indexed);
const started = performance.now();
const sets = texts.map(shingleSet);
const pairs = oraclePairs(sets, 0.05, 0.15);
const oracleSeconds = (performance.now() - started) / 1000;
const run = runIndex(
  indexed,
  shuffle(
    texts.map((_, i) => i),
    random,
  ),
);
console.log(
  `${originals.length} originals (${perCorpus} Reuters, ${perCorpus} BBC, >= ${MIN_WORDS} words) + ${made.length} ` +
    `mutants, seed ${seed}; oracle: ${(texts.length * (texts.length - 1)) / 2} pairs in ${oracleSeconds.toFixed(1)} s`,
);

const fmt = (x: number, digits = 3) => x.toFixed(digits);
const share = (r: Recall, n: number) => (r.pairs === 0 ? 'n/a' : fmt(n / r.pairs));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

console.log(
  `\nrecall per mutation kind: original vs its mutant ("compared": in the engine's top ${ENGINE_COMPARISONS})`,
);
console.log('kind          pairs  substituted  jaccard  containment  recall  compared');
const familyPairs = new Map<string, OraclePair[]>();
made.forEach((m, k) => {
  const a = docNumber.get(m.source) as number;
  const b = mutantDoc(k);
  const list = familyPairs.get(m.kind) ?? [];
  list.push({ a, b, ...overlap(sets[a] as Uint32Array, sets[b] as Uint32Array) });
  familyPairs.set(m.kind, list);
});
for (const kind of MUTATION_KINDS) {
  const list = familyPairs.get(kind) ?? [];
  const r = recallOf(run, list);
  const substituted = mean(made.filter((m) => m.kind === kind).map((m) => m.substituted));
  console.log(
    `${kind.padEnd(12)} ${String(r.pairs).padStart(6)}  ${fmt(substituted, 2).padStart(11)}  ` +
      `${fmt(mean(list.map((p) => p.jaccard))).padStart(7)}  ${fmt(mean(list.map((p) => p.containment))).padStart(11)}  ` +
      `${share(r, r.found).padStart(6)}  ${share(r, r.compared).padStart(8)}`,
  );
}

console.log('\nrecall over all oracle pairs by exact shingle Jaccard');
console.log('jaccard        pairs  recall  compared');
const bounds = [0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.01];
for (let i = 0; i + 1 < bounds.length; i++) {
  const lo = bounds[i] as number;
  const hi = bounds[i + 1] as number;
  const r = recallOf(
    run,
    pairs.filter((p) => p.jaccard >= lo && p.jaccard < hi),
  );
  const label = `[${fmt(lo, 2)}, ${hi > 1 ? '1.00]' : `${fmt(hi, 2)})`}`;
  console.log(
    `${label.padEnd(12)} ${String(r.pairs).padStart(7)}  ${share(r, r.found).padStart(6)}  ${share(r, r.compared).padStart(8)}`,
  );
}

/**
 * A lede page against every text holding at least half of the lede it quotes: the original and the
 * mutants that kept their lede. Containment of either whole text in the other is low here (the lede is a
 * tenth of the page and a fraction of the article), so it is measured on the quoted lede itself.
 */
function quotedLedePairs(): OraclePair[] {
  const found: OraclePair[] = [];
  made.forEach((m, k) => {
    if (m.kind !== 'lede') return;
    const page = mutantDoc(k);
    const source = originals[docNumber.get(m.source) as number] as SourceArticle;
    const lede = shingleSet(firstWords(source.text, LEDE_WORDS));
    sets.forEach((set, doc) => {
      const containment = doc === page ? 0 : containedShare(lede, set);
      if (containment >= 0.5) found.push({ a: page, b: doc, jaccard: 0, containment });
    });
  });
  return found;
}

const isLedePage = (doc: number) => doc >= originals.length && made[doc - originals.length]?.kind === 'lede';
const targets: { what: string; recall: Recall; goal: number }[] = [
  {
    what: 'pairs with shingle Jaccard >= 0.5',
    recall: recallOf(
      run,
      pairs.filter((p) => p.jaccard >= 0.5),
    ),
    goal: 0.99,
  },
  {
    what: 'lede pages, pairs with shingle containment >= 0.5 either way',
    recall: recallOf(
      run,
      pairs.filter((p) => (isLedePage(p.a) || isLedePage(p.b)) && p.containment >= 0.5),
    ),
    goal: 0.95,
  },
  {
    what: 'lede pages, texts holding >= 0.5 of the quoted lede',
    recall: recallOf(run, quotedLedePairs()),
    goal: 0.95,
  },
  { what: 'copies with 30% of words substituted', recall: recallOf(run, familyPairs.get('spin30') ?? []), goal: 0.95 },
];

const bbcTexts = corpora.bbc.map((a) => a.text);
const load = candidateLoad(bbcTexts.map((t) => prepareDocument(t, []).indexed));
const speedTexts = bbcTexts.filter((t) => wordCount(t) >= SPEED_MIN_WORDS);
const speed = stageSpeed(speedTexts);

console.log('\ntargets (issue 3)');
for (const t of targets) {
  const value = t.recall.found / Math.max(1, t.recall.pairs);
  console.log(
    `${value >= t.goal ? 'met ' : 'MISS'}  recall ${fmt(value)} (goal >= ${t.goal}) ${t.what}: ` +
      `${t.recall.found}/${t.recall.pairs}; in the top ${ENGINE_COMPARISONS}: ${share(t.recall, t.recall.compared)}`,
  );
}
console.log(
  `${load.mean <= 5 ? 'met ' : 'MISS'}  ${fmt(load.mean, 2)} candidates per article (goal <= 5) through the engine ` +
    `filter, unmutated BBC (${load.articles}); let through by jaccard ${fmt(load.byJaccard, 2)}, containment ` +
    `${fmt(load.byContainment, 2)}, terms ${fmt(load.byTerms, 2)}; most ${load.most}`,
);
console.log(
  `${speed.fingerprintAndCandidates >= 25000 ? 'met ' : 'MISS'}  ${speed.fingerprintAndCandidates.toFixed(0)} ` +
    `articles/s (goal >= 25000) fingerprint + candidates on one core, ${speedTexts.length} BBC articles >= ` +
    `${SPEED_MIN_WORDS} words (mean ${mean(speedTexts.map(wordCount)).toFixed(0)}); fingerprint ` +
    `${speed.fingerprint.toFixed(0)}/s, candidates ${speed.candidates.toFixed(0)}/s; whole preparation (words, ` +
    `stems, sentences, fingerprint) ${speed.prepare.toFixed(0)}/s`,
);

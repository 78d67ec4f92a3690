import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../spin/prng.js';
import { distinctSorted, fingerprint, LEDE_BIT, shingleHashes } from '../fingerprint/index.js';
import { stemHashes, tokenize } from '../text/index.js';
import { CandidateIndex } from './candidate-index.js';
import { type Candidate, type CandidateOptions, DEFAULT_CANDIDATE_OPTIONS, type IndexedDocument } from './types.js';

const random = mulberry32(2026);
const vocabulary = Array.from(
  { length: 3000 },
  (_, i) => `w${i.toString(36)}x${Math.floor(random() * 1e6).toString(36)}`,
);
const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] as string;
const wordsOf = (n: number) => Array.from({ length: n }, pick);

function mutate(words: string[], rate: number): string[] {
  return words.map((w) => (random() < rate ? pick() : w));
}

function documentOf(text: string) {
  const tokens = tokenize(text);
  const print = fingerprint(tokens);
  const terms = Uint32Array.from(new Set(stemHashes(text, tokens))).filter((x) => x !== 0);
  return { tokens, indexed: { signature: print.signature, samples: print.samples, terms } };
}

const shinglesOf = (text: string) => distinctSorted(shingleHashes(tokenize(text), 3));

function sharedCount(a: Uint32Array, b: Uint32Array): number {
  const set = new Set(a);
  let both = 0;
  for (const x of b) if (set.has(x)) both++;
  return both;
}

function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const both = sharedCount(a, b);
  return both / (a.length + b.length - both);
}

/** Queries each text against those before it; the found documents per text. */
function queryInOrder(docs: { indexed: IndexedDocument }[]): Set<number>[] {
  const index = new CandidateIndex();
  return docs.map((doc, i) => {
    const hits = new Set(index.query(doc.indexed).map((c) => c.doc));
    index.add(i, doc.indexed);
    return hits;
  });
}

test('LSH + containment lookup finds every pair with shingle Jaccard >= 0.5 that brute force finds', () => {
  const texts: string[] = [];
  for (let base = 0; base < 40; base++) {
    const words = wordsOf(150 + Math.floor(random() * 300));
    texts.push(words.join(' '));
    for (const rate of [0, 0.02, 0.05, 0.1, 0.2]) texts.push(mutate(words, rate).join(' '));
  }
  const found = queryInOrder(texts.map(documentOf));
  const shingles = texts.map(shinglesOf);
  let expected = 0;
  let hits = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = 0; j < i; j++) {
      if (exactJaccard(shingles[i] as Uint32Array, shingles[j] as Uint32Array) < 0.5) continue;
      expected++;
      if (found[i]?.has(j)) hits++;
    }
  }
  assert.ok(expected > 100, `the oracle found ${expected} similar pairs`);
  assert.ok(hits / expected >= 0.99, `recall ${hits}/${expected}`);
});

test('recall against exact containment: quoted ledes (>= 0.5 of the lede) and copies with 30% of words replaced', () => {
  const articles = Array.from({ length: 60 }, () => wordsOf(200 + Math.floor(random() * 400)));
  const texts = articles.map((a) => a.join(' '));
  const ledeOf = (a: string[]) => a.slice(0, 50);
  const pages: number[] = [];
  articles.forEach((article, k) => {
    texts.push(mutate(article, 0.3).join(' '));
    const page = Array.from({ length: 9 }, () => ledeOf(wordsOf(50)));
    page.splice(Math.floor(random() * 10), 0, ledeOf(k % 2 === 0 ? article : mutate(article, 0.15)));
    pages.push(texts.length);
    texts.push(page.map((lede) => lede.join(' ')).join('\n\n'));
  });
  const order = texts.map((_, i) => i).sort(() => random() - 0.5);
  const index = new CandidateIndex();
  const found = new Map<number, Set<number>>();
  for (const i of order) {
    const indexed = documentOf(texts[i] as string).indexed;
    found.set(i, new Set(index.query(indexed).map((c) => c.doc)));
    index.add(i, indexed);
  }
  const paired = (a: number, b: number) =>
    order.indexOf(a) < order.indexOf(b) ? found.get(b)?.has(a) : found.get(a)?.has(b);
  const shingles = texts.map(shinglesOf);

  const copies = articles.map((_, k) => paired(k, articles.length + 2 * k));
  assert.ok(
    copies.filter(Boolean).length / copies.length >= 0.95,
    `30% copies found ${copies.filter(Boolean).length}/${copies.length}`,
  );

  let quoted = 0;
  let quotedFound = 0;
  articles.forEach((article, k) => {
    const lede = shinglesOf(ledeOf(article).join(' '));
    const page = pages[k] as number;
    shingles.forEach((set, doc) => {
      if (doc === page || sharedCount(lede, set) / lede.length < 0.5) return;
      quoted++;
      if (paired(page, doc)) quotedFound++;
    });
  });
  assert.ok(quoted >= 60, `the oracle found ${quoted} texts holding a quoted lede`);
  assert.ok(quotedFound / quoted >= 0.95, `quoted ledes found ${quotedFound}/${quoted}`);
});

/**
 * The index's evidence for one pair recomputed naively from the two fingerprints: MinHash agreement and
 * bands, shared samples over the smaller set, and over either lede.
 */
function bruteForcePair(query: IndexedDocument, other: IndexedDocument) {
  const key = (s: number) => (s & ~LEDE_BIT) >>> 0;
  const otherKeys = new Map(Array.from(other.samples, (s) => [key(s), s & LEDE_BIT]));
  let shared = 0;
  let sharedOtherLede = 0;
  let sharedQueryLede = 0;
  for (const s of query.samples) {
    const flag = otherKeys.get(key(s));
    if (flag === undefined) continue;
    shared++;
    sharedOtherLede += flag;
    sharedQueryLede += s & LEDE_BIT;
  }
  const ledeSize = (d: IndexedDocument) => d.samples.filter((s) => (s & LEDE_BIT) === 1).length;
  const { minContainment, minLedeContainment, minLedeShared } = DEFAULT_CANDIDATE_OPTIONS;
  const lede = (n: number, size: number) => (n >= minLedeShared && n / size >= minLedeContainment ? n / size : 0);
  const whole =
    shared < 2 ? 0 : Math.min(1, shared / Math.max(1, Math.min(query.samples.length, other.samples.length)));
  const ledeContainment =
    shared < 2 ? 0 : Math.max(lede(sharedOtherLede, ledeSize(other)), lede(sharedQueryLede, ledeSize(query)));
  const containment = ledeContainment > whole ? ledeContainment : whole >= minContainment ? whole : 0;
  const byLedeOnly = ledeContainment > 0 && whole < minContainment;
  return { ...minhashEvidence(query.signature, other.signature), containment, byLedeOnly };
}

/**
 * MinHash evidence on the 16 low bits of each value, which is what the index keeps: the share of
 * agreeing values, and whether every value of some LSH band agrees. An empty text agrees with nothing.
 */
function minhashEvidence(a: Uint32Array, b: Uint32Array): { jaccard: number; band: boolean } {
  const empty = (s: Uint32Array) => s.every((v) => v === 0xffffffff);
  if (empty(a) || empty(b)) return { jaccard: 0, band: false };
  const agree = Array.from(a, (v, i) => (v & 0xffff) === ((b[i] ?? 0) & 0xffff));
  const rows = a.length / DEFAULT_CANDIDATE_OPTIONS.bands;
  const band = Array.from({ length: DEFAULT_CANDIDATE_OPTIONS.bands }, (_, k) =>
    agree.slice(k * rows, (k + 1) * rows).every(Boolean),
  ).some(Boolean);
  return { jaccard: agree.filter(Boolean).length / a.length, band };
}

/**
 * The term candidates by their definition: the documents holding any of the query's walked terms (the
 * `termsWalked` rarest, and all in at most `walkedDocFrequency` documents), the best `rescoredCandidates`
 * by the IDF of those they share, rescored on every rare term shared, those above the minimum.
 */
function bruteForceTermScores(
  index: CandidateIndex,
  docs: IndexedDocument[],
  query: IndexedDocument,
  options: CandidateOptions,
): Map<number, number> {
  const df = new Map<number, number>();
  for (const d of docs) for (const t of d.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const { maxTermDocShare, maxTermDocFrequency, termsWalked, walkedDocFrequency, rescoredCandidates } = options;
  const maxDf = Math.min(maxTermDocFrequency, Math.max(50, Math.floor(docs.length * maxTermDocShare)));
  const rare = (t: number) => (df.get(t) ?? 0) <= maxDf;
  const weight = (terms: Uint32Array) =>
    Array.from(terms)
      .filter(rare)
      .reduce((sum, t) => sum + index.idf(t), 0);
  const present = Array.from(query.terms, (t) => df.get(t) ?? 0)
    .filter((f) => f > 0)
    .sort((x, y) => x - y);
  const rareCount = present.filter((f) => f <= maxDf).length;
  const bound =
    rareCount <= termsWalked ? maxDf : Math.max(present[termsWalked - 1] ?? 0, Math.min(maxDf, walkedDocFrequency));
  const walked = (t: number) => (df.get(t) ?? 0) <= bound;
  const raw = docs
    .map((d, doc) => ({ doc, shared: Array.from(query.terms).filter((t) => walked(t) && d.terms.includes(t)) }))
    .filter((r) => r.shared.length > 0)
    .map((r) => ({ doc: r.doc, weight: r.shared.reduce((sum, t) => sum + index.idf(t), 0) }))
    .sort((x, y) => y.weight - x.weight || x.doc - y.doc)
    .slice(0, rescoredCandidates);
  const scored = raw
    .map((r) => {
      const other = docs[r.doc]?.terms as Uint32Array;
      const shared = weight(query.terms.filter((t) => other.includes(t)));
      return { doc: r.doc, score: shared / Math.sqrt(weight(query.terms) * weight(other)) };
    })
    .filter((r) => r.score >= options.minTermScore);
  return new Map(scored.map((r) => [r.doc, r.score]));
}

for (const [name, options] of [
  ['every rare term walked', DEFAULT_CANDIDATE_OPTIONS],
  ['a narrower walk, fewer rescored', { ...DEFAULT_CANDIDATE_OPTIONS, walkedDocFrequency: 10, rescoredCandidates: 16 }],
  ['only the rarest walked', { ...DEFAULT_CANDIDATE_OPTIONS, termsWalked: 6, walkedDocFrequency: 3 }],
] as const) {
  test(`differential (${name}): every candidate number equals its brute-force definition, and nothing that qualifies is missed`, () => {
    const texts: string[] = [];
    for (let story = 0; story < 30; story++) {
      // A story's texts share rare vocabulary (terms), some share passages (containment, ledes).
      const storyWords = wordsOf(40);
      const lede = wordsOf(50);
      for (let version = 0; version < 4; version++) {
        const own = Array.from({ length: 150 + Math.floor(random() * 200) }, () =>
          random() < 0.3 ? (storyWords[Math.floor(random() * storyWords.length)] as string) : pick(),
        );
        texts.push([...(version % 2 === 0 ? lede : mutate(lede, 0.2)), ...own].join(' '));
      }
    }
    const docs = texts.map((t) => documentOf(t).indexed);
    const index = new CandidateIndex(options);
    docs.forEach((d, i) => {
      index.add(i, d);
    });
    const checked = { candidates: 0, termScored: 0, byLedeOnly: 0 };
    for (let q = 0; q < docs.length; q += 3) {
      const query = docs[q] as IndexedDocument;
      const returned = new Map<number, Candidate>(index.query(query).map((c) => [c.doc, c]));
      const terms = bruteForceTermScores(index, docs, query, options);
      const selectedByTerms = [...terms].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, options.termCandidates);
      docs.forEach((other, doc) => {
        const expected = bruteForcePair(query, other);
        const candidate = returned.get(doc);
        const mustReturn = expected.band || expected.containment > 0 || selectedByTerms.some(([d]) => d === doc);
        assert.equal(candidate !== undefined, mustReturn, `query ${q}, document ${doc}`);
        if (candidate === undefined) return;
        checked.candidates++;
        if (candidate.termScore > 0) checked.termScored++;
        if (expected.byLedeOnly) checked.byLedeOnly++;
        assert.equal(candidate.jaccard, expected.jaccard);
        assert.equal(candidate.containment, expected.containment);
        assert.ok(Math.abs(candidate.termScore - (terms.get(doc) ?? 0)) < 1e-9, `term score of ${q} and ${doc}`);
      });
    }
    assert.ok(checked.candidates > 150 && checked.termScored > 50 && checked.byLedeOnly > 10, JSON.stringify(checked));
  });
}

test('remove undoes add; an index after adds and removes answers as one built from what is left', () => {
  const bases = Array.from({ length: 40 }, () => wordsOf(200));
  const wordLists = [...bases, ...bases.map((b) => mutate(b, 0.1)), ...Array.from({ length: 40 }, () => wordsOf(200))];
  const docs = wordLists.map((words) => documentOf(words.join(' ')).indexed);
  const churned = new CandidateIndex();
  docs.forEach((d, i) => {
    churned.add(i, d);
  });
  const left = new Set(docs.keys());
  for (let i = 0; i < docs.length; i += 4) {
    churned.remove(i);
    left.delete(i);
  }
  churned.add(8, docs[8] as IndexedDocument);
  left.add(8);
  const fresh = new CandidateIndex();
  for (const i of left) fresh.add(i, docs[i] as IndexedDocument);
  assert.equal(churned.size, fresh.size);
  // No query ran before, so both compute every cached weight at the same corpus size: equal to the bit.
  for (const d of docs) assert.deepEqual(churned.query(d), fresh.query(d));

  const lone = new CandidateIndex();
  const doc = documentOf(wordsOf(100).join(' ')).indexed;
  lone.add(5, doc);
  assert.equal(lone.query(doc)[0]?.doc, 5);
  lone.remove(5);
  assert.equal(lone.size, 0);
  assert.deepEqual(lone.query(doc), []);
});

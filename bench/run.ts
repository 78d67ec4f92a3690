/**
 * `npm run bench`: docs/s, MB/s and peak RSS per stage and end to end on Reuters-21578
 * (../shared/data/reuters21578); skips cleanly when it is absent. Usage: npm run bench [-- LIMIT]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CandidateIndex } from '../src/core/candidates/index.js';
import { comparePair } from '../src/core/classify/index.js';
import { prepareDocument } from '../src/engine/documents.js';
import { loadRelatedWordings } from '../src/spin/index.js';
import { reutersArticles } from './corpora.js';
import { indexBytesPerArticle } from './index-memory.js';
import { DEFAULT_FEED, syntheticFeed } from './synthetic.js';
import { peakMiB, timedCli } from './timed-cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = path.join(root, '..', 'shared', 'data', 'reuters21578', 'reuters21578.jsonl');
if (!fs.existsSync(source)) {
  console.log(`bench skipped: no ${source}`);
  process.exit(0);
}
const limit = Number(process.argv[2] ?? 'Infinity');
const docs = reutersArticles(source, limit);
const megabytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1e6;

function report(stage: string, count: number, seconds: number): void {
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${stage.padEnd(28)} ${String(count).padStart(6)} docs  ${(count / seconds).toFixed(0).padStart(8)} docs/s  ` +
      `${((megabytes * count) / docs.length / seconds).toFixed(2).padStart(7)} MB/s  peak RSS ${rss.toFixed(0)} MiB`,
  );
}

let started = performance.now();
const prepared = docs.map((d) => prepareDocument(d.text, []));
report('text + fingerprint', docs.length, (performance.now() - started) / 1000);

started = performance.now();
const index = new CandidateIndex();
const candidates = prepared.map((p, i) => {
  const found = index.query(p.indexed).slice(0, 12);
  index.add(i, p.indexed);
  return found;
});
report('candidates (query + insert)', docs.length, (performance.now() - started) / 1000);

// Drawn before measuring: the feed's own memory (its vocabulary, its recent articles) is not the index's.
const feed = syntheticFeed({ ...DEFAULT_FEED, words: 500 });
const synthetic = Array.from({ length: 20_000 }, () => feed.next().value?.text ?? '');
const perArticle = {
  reuters: indexBytesPerArticle(docs.length, (i) => prepareDocument(docs[i]?.text ?? '', []).indexed),
  synthetic: indexBytesPerArticle(synthetic.length, (i) => prepareDocument(synthetic[i] ?? '', []).indexed),
};
console.log(
  `${'candidate index memory'.padEnd(28)} ${(perArticle.reuters / 1024).toFixed(2)} KB/article on Reuters, ` +
    `${(perArticle.synthetic / 1024).toFixed(2)} KB/article on 20,000 synthetic 500-word articles`,
);

const lexicon = { weight: (stem: number) => index.idf(stem), related: loadRelatedWordings() };
started = performance.now();
let compared = 0;
for (const [i, found] of candidates.entries()) {
  for (const c of found) {
    const a = prepared[i];
    const b = prepared[c.doc];
    if (a === undefined || b === undefined) continue;
    comparePair(a.view, b.view, lexicon, c.termScore);
    compared++;
  }
}
const compareSeconds = (performance.now() - started) / 1000;
console.log(
  `${'compare (align + classify)'.padEnd(28)} ${compared} pairs  ${(compared / compareSeconds).toFixed(0)} pairs/s`,
);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storytrace-bench-'));
const input = path.join(dir, 'reuters.jsonl');
fs.writeFileSync(input, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
started = performance.now();
const run = spawnSync('/usr/bin/time', timedCli(['add', input, '--db', path.join(dir, 'bench.db')]), {
  encoding: 'utf8',
});
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
  console.error(`storytrace add failed (exit ${run.status ?? run.signal}):\n${run.stderr.slice(-2000)}`);
  process.exit(1);
}
const peak = peakMiB(run.stderr);
console.log(
  `${'end to end: storytrace add'.padEnd(28)} ${String(docs.length).padStart(6)} docs  ${(docs.length / seconds).toFixed(0).padStart(8)} docs/s  ` +
    `${(megabytes / seconds).toFixed(2).padStart(7)} MB/s  peak RSS ${peak.toFixed(0)} MiB  ${run.stdout.trim()}`,
);
fs.rmSync(dir, { recursive: true, force: true });

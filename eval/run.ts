/**
 * `npm run eval`: prepares the labelled sets with ../shared/eval/prepare.mjs, analyses each with the
 * real CLI, scores the reports with ../shared/eval/score.mjs and prints one table. Skips cleanly when
 * ../shared is absent. Usage: npm run eval [-- SET...]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibration, formatCalibration } from './calibration.js';
import { evaluatePan13 } from './pan13.js';
import { titleOnlyCatches } from './title-only.js';
import { COVERAGE_TARGET, evaluateCopyCoverage } from './wild-coverage.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(process.env.STORYTRACE_SHARED ?? path.join(root, '..', 'shared'));
const cli = path.join(root, 'dist', 'src', 'cli', 'main.js');
const work = path.join(root, '.eval');
const METRICS = [
  'story_f1',
  'derived_precision',
  'derived_recall',
  'derived_f1',
  'relation_macro_f1',
  'source_accuracy',
  'original_recall',
];

if (!fs.existsSync(path.join(shared, 'eval', 'prepare.mjs'))) {
  console.log(`eval skipped: no evaluation data at ${shared}`);
  process.exit(0);
}

fs.mkdirSync(work, { recursive: true });
execFileSync(process.execPath, [path.join(shared, 'eval', 'prepare.mjs'), work, path.join(shared, 'data')], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const wanted = process.argv.slice(2);
const sets = fs
  .readdirSync(work)
  .filter((set) => fs.existsSync(path.join(work, set, 'docs.jsonl')))
  .filter((set) => wanted.length === 0 || wanted.includes(set))
  .sort();

const rows: Record<string, string | number>[] = [];
for (const set of sets) {
  const dir = path.join(work, set);
  const report = path.join(dir, 'report.json');
  const started = performance.now();
  execFileSync(
    process.execPath,
    [cli, 'analyze', path.join(dir, 'docs.jsonl'), '--db', ':memory:', '--format', 'json', '--out', report],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const scores = JSON.parse(
    execFileSync(
      process.execPath,
      [path.join(shared, 'eval', 'score.mjs'), path.join(dir, 'labels.jsonl'), report, '--json'],
      {
        encoding: 'utf8',
      },
    ),
  ) as Record<string, unknown>;
  const row: Record<string, string | number> = { set, articles: Number(scores.articles), seconds: seconds.toFixed(1) };
  for (const metric of METRICS) row[metric] = typeof scores[metric] === 'number' ? (scores[metric] as number) : '–';
  row.relation_f1 = JSON.stringify(scores.relation_f1 ?? {});
  rows.push(row);
}

const columns = ['set', 'articles', ...METRICS, 'seconds'];
console.log(columns.join('\t'));
for (const row of rows) console.log(columns.map((c) => row[c]).join('\t'));
console.log('');
for (const row of rows) console.log(`${row.set} per-class F1: ${row.relation_f1}`);

console.log('\ncalibration: share of verdicts whose relation is the labelled one, by confidence');
for (const set of sets) {
  const dir = path.join(work, set);
  const bins = calibration(path.join(dir, 'labels.jsonl'), path.join(dir, 'report.json'));
  if (bins.some((b) => b.verdicts > 0)) console.log(formatCalibration(set, bins));
}

const titleOnly =
  wanted.length === 0 || wanted.includes('mindner') ? titleOnlyCatches(path.join(work, 'mindner')) : undefined;
if (titleOnly !== undefined) {
  console.log(
    `\nmindner title-only articles caught with numbers that disagree with the human article of their story: ` +
      `${titleOnly.caught} of ${titleOnly.titleOnly} (${titleOnly.withHuman} share a story with it)` +
      (titleOnly.examples.length === 0 ? '' : `; e.g. ${titleOnly.examples.slice(0, 3).join('; ')}`),
  );
}

const pan = evaluatePan13(path.join(shared, 'data'));
if (pan !== undefined) {
  const f = (x: number) => x.toFixed(3);
  console.log(
    `\npan13-alignment (${pan.pairs} pairs, ${pan.cases} cases, ${pan.detections} passages): ` +
      `character precision ${f(pan.precision)}, recall ${f(pan.recall)}, F1 ${f(pan.f1)}, granularity ${f(pan.granularity)}`,
  );
}

const copies = evaluateCopyCoverage(path.join(work, 'wild-dev'));
if (copies !== undefined) {
  const short = copies.filter((c) => c.coverage < COVERAGE_TARGET);
  const count = (relation: string) => copies.filter((c) => c.relation === relation).length;
  console.log(
    `\nwild-dev copy coverage (${count('near_verbatim')} near_verbatim + ${count('spun')} spun pairs with a labelled source): ` +
      `${copies.length - short.length} of ${copies.length} cover ≥ ${COVERAGE_TARGET * 100}% of the shorter text` +
      (short.length === 0
        ? ''
        : `; below: ${short.map((c) => `${c.id}←${c.source} ${c.relation} ${c.coverage.toFixed(2)}`).join(', ')}`),
  );
}

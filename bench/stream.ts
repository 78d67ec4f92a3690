/**
 * `npm run bench:stream -- [ARTICLES] [WINDOW]`: streams a synthetic feed (bench/synthetic.ts) into
 * `storytrace add - --window WINDOW` and prints the throughput of each 20,000 articles, the last
 * against the first, and the peak RSS. A step that grows with the store shows as a falling rate.
 * Defaults: 500,000 articles, window 30d (the feed publishes 2,000 articles a day).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticFeed } from './synthetic.js';
import { peakMiB, timedCli } from './timed-cli.js';

const SEGMENT = 20_000;
const total = Number(process.argv[2] ?? 500_000);
const window = process.argv[3] ?? '30d';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storytrace-stream-'));
const child = spawn('/usr/bin/time', timedCli(['add', '-', '--db', path.join(dir, 'feed.db'), '--window', window]), {
  stdio: ['pipe', 'pipe', 'pipe'],
});
let stdout = '';
let stderr = '';
child.stdout.on('data', (chunk) => (stdout += chunk));
child.stderr.on('data', (chunk) => (stderr += chunk));
const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));

const rates: number[] = [];
let segmentStart = performance.now();
const started = segmentStart;
let written = 0;
for (const article of syntheticFeed()) {
  const { kind: _kind, ...record } = article;
  if (!child.stdin.write(`${JSON.stringify(record)}\n`))
    await new Promise((resolve) => child.stdin.once('drain', resolve));
  if (++written % SEGMENT === 0) {
    const now = performance.now();
    rates.push(SEGMENT / ((now - segmentStart) / 1000));
    console.log(
      `${String(written).padStart(8)} articles  ${rates.at(-1)?.toFixed(0).padStart(6)} docs/s in the last ${SEGMENT}`,
    );
    segmentStart = now;
  }
  if (written === total) break;
}
child.stdin.end();
const code = await exited;
const seconds = (performance.now() - started) / 1000;
fs.rmSync(dir, { recursive: true, force: true });
if (code !== 0) {
  console.error(`storytrace add failed (exit ${code}):\n${stderr.slice(-2000)}`);
  process.exit(1);
}
const peak = peakMiB(stderr);
const first = rates[0] ?? 0;
const last = rates.at(-1) ?? 0;
console.log(
  `streamed ${written} articles in ${seconds.toFixed(0)} s: ${(written / seconds).toFixed(0)} docs/s overall; ` +
    `last ${SEGMENT} at ${((100 * last) / first).toFixed(0)}% of the first ${SEGMENT}; peak RSS ${peak.toFixed(0)} MiB`,
);
console.log(stdout.trim());

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { articles, report } from './fixtures/small-report.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderText } from './text.js';

// Tests run from the compiled tree (<outDir>/src/report/); the golden files live beside the sources.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const goldenDir = path.join(repoRoot, 'src', 'report', 'golden');
const regenerate = process.env.GENERATE_SNAPSHOTS === '1';

function matchesGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (regenerate) {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `${name} missing: run with GENERATE_SNAPSHOTS=1 to write it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs: review, then GENERATE_SNAPSHOTS=1`);
}

test('JSON report matches its golden file', () => matchesGolden('small-report.json.golden', renderJson(report)));
test('text report matches its golden file', () =>
  matchesGolden('small-report.txt.golden', renderText(report, articles)));
test('HTML report matches its golden file', () =>
  matchesGolden('small-report.html.golden', renderHtml(report, articles)));

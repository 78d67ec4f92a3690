import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The core is pure: no I/O, no clock, no randomness. This test keeps it so by reading its sources.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const coreDir = path.join(root, 'src', 'core');

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const FORBIDDEN = [
  { pattern: /from\s+['"]node:/, why: 'imports a Node built-in' },
  { pattern: /from\s+['"](fs|path|http|https|net|child_process|worker_threads|crypto)['"]/, why: 'imports I/O' },
  { pattern: /from\s+['"]\.\.\/\.\.\/(store|ingest|cli|server|report|engine)\//, why: 'imports an adapter' },
  { pattern: /\bDate\.now\(|\bnew Date\(\)/, why: 'reads the clock' },
  { pattern: /\bMath\.random\(/, why: 'uses unseeded randomness' },
  { pattern: /\bprocess\./, why: 'touches the process' },
];

test('src/core does no I/O, reads no clock and uses no unseeded randomness', () => {
  const files = sourcesUnder(coreDir);
  assert.ok(files.length > 0, 'core sources found');
  const offences: string[] = [];
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    for (const rule of FORBIDDEN) {
      if (rule.pattern.test(source)) offences.push(`${path.relative(root, file)} ${rule.why}`);
    }
  }
  assert.deepEqual(offences, []);
});

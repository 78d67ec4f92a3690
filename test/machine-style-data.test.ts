import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { machineStyle } from '../src/core/classify/index.js';
import { CLI } from './cli-helpers.js';

const DATA = path.resolve(path.dirname(CLI), '..', '..', '..', '..', 'shared', 'data');

function texts(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text?: string }).text ?? '')
    .filter((text) => text.trim().split(/\s+/).length >= 50);
}

// Reporters' copy from before language models: the machine-rewrite style must (almost) never fire on it.
for (const [name, file] of [
  ['BBC news 2004-05', path.join(DATA, 'bbc', 'bbc_news.jsonl')],
  ['Reuters-21578', path.join(DATA, 'reuters21578', 'reuters21578.jsonl')],
] as const) {
  test(`machine-rewrite style is rare in ${name}`, { skip: !fs.existsSync(file) && `${file} absent` }, () => {
    const all = texts(file);
    const flagged = all.filter((text) => machineStyle(text) !== undefined).length;
    assert.ok(all.length > 1000);
    assert.ok(flagged / all.length < 0.002, `${flagged} of ${all.length} flagged`);
  });
}

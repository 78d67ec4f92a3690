import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pick } from '../src/engine/testing/fixtures.js';
import { LOOSE_REWRITE, REWRITE_MEANINGS } from '../src/engine/testing/loose-rewrite.js';
import { writeTinySentenceModel } from '../src/semantic/testing/tiny-model.js';
import { ROOT, storytrace, temporaryDir } from './cli-helpers.js';

const DEMO = path.join(ROOT, 'demo', 'corpus', 'articles.jsonl');

test('--sentence-model: add, analyze and compare read a model folder the user points to', () => {
  const dir = temporaryDir();
  writeTinySentenceModel(path.join(dir, 'model'), REWRITE_MEANINGS, { tokenTypes: true, inOnnxFolder: true });
  const corpus = [...pick(['a01']), LOOSE_REWRITE].map((a) => JSON.stringify(a)).join('\n');
  fs.writeFileSync(path.join(dir, 'pair.jsonl'), `${corpus}\n`);
  const analyzed = storytrace(
    ['analyze', 'pair.jsonl', '--db', 'p.db', '--format', 'json', '--sentence-model', 'model'],
    {
      cwd: dir,
    },
  );
  assert.equal(analyzed.status, 0, analyzed.stderr);
  const rewrite = (
    JSON.parse(analyzed.stdout) as { articles: { id: string; relation: string; source: string }[] }
  ).articles.find((a) => a.id === 'r01');
  assert.deepEqual([rewrite?.relation, rewrite?.source], ['paraphrase', 'a01']);

  const withModel = storytrace(['compare', 'r01', 'a01', '--db', 'p.db', '--sentence-model', 'model'], { cwd: dir });
  const without = storytrace(['compare', 'r01', 'a01', '--db', 'p.db'], { cwd: dir });
  assert.equal(withModel.status, 0, withModel.stderr);
  assert.match(withModel.stdout, /paraphrase/);
  assert.doesNotMatch(without.stdout, /paraphrase/);
});

test('--sentence-model: a folder that holds no model is a usage error naming it, and nothing is added', () => {
  const dir = temporaryDir();
  fs.mkdirSync(path.join(dir, 'empty'));
  const run = storytrace(['add', DEMO, '--db', 'x.db', '--sentence-model', 'empty'], { cwd: dir });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /MODEL_UNUSABLE: sentence model .*empty: no model\.onnx/);
  const report = storytrace(['report', '--db', 'x.db', '--format', 'json'], { cwd: dir });
  assert.equal((JSON.parse(report.stdout) as { articles: unknown[] }).articles.length, 0);
});

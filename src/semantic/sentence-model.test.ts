import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { StorytraceError } from '../errors/index.js';
import { loadSentenceModel } from './sentence-model.js';
import { writeTinySentenceModel } from './testing/tiny-model.js';

const MEANINGS = [['minister', 'official'], ['resigned', 'quit'], ['rain'], ['fell', 'dropped'], ['the', 'a']];

const folders: string[] = [];
function folder(): string {
  const made = mkdtempSync(path.join(tmpdir(), 'storytrace-model-'));
  folders.push(made);
  return made;
}
after(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function cosine(values: Float32Array, dimension: number, i: number, j: number): number {
  let sum = 0;
  for (let d = 0; d < dimension; d++) sum += (values[i * dimension + d] ?? 0) * (values[j * dimension + d] ?? 0);
  return sum;
}

describe('a sentence model in a folder', () => {
  for (const options of [{}, { tokenTypes: true, inOnnxFolder: true }]) {
    it(`embeds sentences of like meaning alike, unit length (${JSON.stringify(options)})`, async () => {
      const dir = folder();
      writeTinySentenceModel(dir, MEANINGS, options);
      const model = await loadSentenceModel(dir, { batchSize: 2 });
      assert.equal(model.dimension, MEANINGS.length);
      const sentences = ['The minister resigned.', 'A official QUIT', 'Rain fell.', 'the rain dropped', 'zebra'];
      const rows = await model.encode(sentences);
      assert.equal(rows.length, sentences.length * model.dimension);
      assert.ok(Math.abs(cosine(rows, model.dimension, 0, 0) - 1) < 1e-5, 'unit length');
      assert.ok(cosine(rows, model.dimension, 0, 1) > 0.999, 'swapped words of one meaning');
      assert.ok(cosine(rows, model.dimension, 2, 3) > 0.8, 'the same event, one more word');
      assert.ok(cosine(rows, model.dimension, 0, 2) < 0.01, 'different meanings');
      assert.equal(cosine(rows, model.dimension, 4, 4), 0, 'unknown words only: no direction');
    });
  }

  it('keeps the start of a sentence longer than its token limit', async () => {
    const dir = folder();
    writeTinySentenceModel(dir, MEANINGS);
    const model = await loadSentenceModel(dir, { maxTokens: 4 });
    const rows = await model.encode(['minister resigned rain rain rain rain rain', 'minister resigned']);
    assert.ok(cosine(rows, model.dimension, 0, 1) > 0.999);
  });

  const broken: [string, (dir: string) => void, RegExp][] = [
    ['an empty folder', () => {}, /no model\.onnx or onnx\/model\.onnx/],
    [
      'a graph that is not ONNX',
      (dir) => {
        writeTinySentenceModel(dir, MEANINGS);
        writeFileSync(path.join(dir, 'model.onnx'), 'not a model');
      },
      /model\.onnx is not an ONNX model/,
    ],
    [
      'no tokenizer',
      (dir) => {
        writeTinySentenceModel(dir, MEANINGS);
        rmSync(path.join(dir, 'tokenizer.json'));
      },
      /no tokenizer\.json/,
    ],
    [
      'a tokenizer that is not JSON',
      (dir) => {
        writeTinySentenceModel(dir, MEANINGS);
        writeFileSync(path.join(dir, 'tokenizer.json'), '{');
      },
      /tokenizer\.json is not JSON/,
    ],
    [
      'JSON that is not a tokenizer',
      (dir) => {
        writeTinySentenceModel(dir, MEANINGS);
        writeFileSync(path.join(dir, 'tokenizer.json'), '{"model": {"type": "Nope"}}');
      },
      /tokenizer\.json is not a tokenizer/,
    ],
  ];
  for (const [name, make, message] of broken) {
    it(`refuses ${name} with MODEL_UNUSABLE, naming the folder`, async () => {
      const dir = folder();
      make(dir);
      await assert.rejects(loadSentenceModel(dir), (error: unknown) => {
        assert.ok(error instanceof StorytraceError);
        assert.equal(error.code, 'MODEL_UNUSABLE');
        assert.match(error.message, message);
        assert.ok(error.message.includes(dir));
        return true;
      });
    });
  }
});

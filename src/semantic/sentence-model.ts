import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-web';
import { StorytraceError } from '../errors/index.js';

/** A sentence model: each sentence becomes one unit vector, sentences of like meaning near each other. */
export interface SentenceEncoder {
  readonly dimension: number;
  /** The sentences' embeddings, one row of `dimension` values each, unit length. */
  encode(sentences: readonly string[]): Promise<Float32Array>;
}

export interface SentenceModelOptions {
  /** Tokens kept of a sentence (news sentences seldom reach it; a table row may). */
  maxTokens: number;
  /** Sentences run through the model at once. */
  batchSize: number;
}

const DEFAULT_OPTIONS: SentenceModelOptions = { maxTokens: 128, batchSize: 32 };

/** Where an exported model keeps its graph, in the order looked for. */
const MODEL_FILES = ['model.onnx', path.join('onnx', 'model.onnx')];
/** The one-dimensional-per-sentence output sentence-transformers exports name so; others are pooled. */
const POOLED_OUTPUT = 'sentence_embedding';

/**
 * Loads a sentence model a user keeps in a folder: an ONNX graph (`model.onnx` or `onnx/model.onnx`)
 * with the Hugging Face tokenizer it was trained with (`tokenizer.json`, and `tokenizer_config.json`
 * when there is one). It runs on the WebAssembly build of ONNX Runtime: no native binary to install and
 * nothing fetched. The graph takes `input_ids`, and `attention_mask` and `token_type_ids` if it names
 * them; its embedding is `sentence_embedding` when given, else the mean of its first output over the
 * sentence's tokens.
 */
export async function loadSentenceModel(
  folder: string,
  options: Partial<SentenceModelOptions> = {},
): Promise<SentenceEncoder> {
  const modelFile = MODEL_FILES.map((f) => path.join(folder, f)).find((f) => existsSync(f));
  if (modelFile === undefined) {
    throw unusable(folder, `no ${MODEL_FILES.join(' or ')} in it`);
  }
  const tokenizerJson = readJson(folder, 'tokenizer.json', true);
  const tokenizerConfig = readJson(folder, 'tokenizer_config.json', false) ?? {};
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(tokenizerJson, tokenizerConfig);
  } catch (error) {
    throw unusable(folder, `tokenizer.json is not a tokenizer: ${(error as Error).message}`, error);
  }
  ort.env.logLevel = 'error';
  ort.env.wasm.numThreads = 1;
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(readFileSync(modelFile), { logSeverityLevel: 3 });
  } catch (error) {
    throw unusable(folder, `${path.basename(modelFile)} is not an ONNX model ONNX Runtime can run`, error);
  }
  const unknown = session.inputNames.filter((name) => !FEEDS.has(name));
  if (!session.inputNames.includes('input_ids') || unknown.length > 0) {
    throw unusable(
      folder,
      `its inputs (${session.inputNames.join(', ')}) are not input_ids, attention_mask, token_type_ids`,
    );
  }
  const model = new OnnxSentenceModel(session, tokenizer, { ...DEFAULT_OPTIONS, ...options });
  await model.probe(folder);
  return model;
}

const FEEDS = new Set(['input_ids', 'attention_mask', 'token_type_ids']);

class OnnxSentenceModel implements SentenceEncoder {
  dimension = 0;
  private readonly padId: number;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: Tokenizer,
    private readonly options: SentenceModelOptions,
  ) {
    this.padId = tokenizer.token_to_id('[PAD]') ?? tokenizer.token_to_id('<pad>') ?? 0;
  }

  /** Runs one sentence to learn the embedding's size, so that a model that cannot embed fails on load. */
  async probe(folder: string): Promise<void> {
    try {
      const { dimension } = await this.run(['storytrace']);
      this.dimension = dimension;
    } catch (error) {
      throw unusable(folder, `it does not embed a sentence: ${(error as Error).message}`, error);
    }
  }

  async encode(sentences: readonly string[]): Promise<Float32Array> {
    const rows: Float32Array[] = [];
    for (let from = 0; from < sentences.length; from += this.options.batchSize) {
      rows.push((await this.run(sentences.slice(from, from + this.options.batchSize))).values);
    }
    const all = new Float32Array(sentences.length * this.dimension);
    let at = 0;
    for (const row of rows) {
      all.set(row, at);
      at += row.length;
    }
    return all;
  }

  private async run(sentences: readonly string[]): Promise<{ values: Float32Array; dimension: number }> {
    const encoded = sentences.map((s) => this.tokens(s));
    const length = Math.max(1, ...encoded.map((ids) => ids.length));
    const ids = new BigInt64Array(sentences.length * length).fill(BigInt(this.padId));
    const mask = new BigInt64Array(sentences.length * length);
    encoded.forEach((row, i) => {
      row.forEach((id, t) => {
        ids[i * length + t] = BigInt(id);
        mask[i * length + t] = 1n;
      });
    });
    const shape = [sentences.length, length];
    const feeds: Record<string, ort.Tensor> = {};
    for (const name of this.session.inputNames) {
      const data = name === 'input_ids' ? ids : name === 'attention_mask' ? mask : new BigInt64Array(ids.length);
      feeds[name] = new ort.Tensor('int64', data, shape);
    }
    const outputs = await this.session.run(feeds);
    const pooled = outputs[POOLED_OUTPUT];
    const first = outputs[this.session.outputNames[0] ?? ''];
    const output = pooled ?? first;
    if (output === undefined || output.type !== 'float32') throw new Error('its output is not float32');
    const values = output.data as Float32Array;
    if (output.dims.length === 2) return normalised(values.slice(), Number(output.dims[1]));
    if (output.dims.length === 3)
      return normalised(meanOverTokens(values, mask, sentences.length, length), Number(output.dims[2]));
    throw new Error(`its output has shape [${output.dims.join(', ')}]`);
  }

  /** A sentence's token ids, special tokens included; a long one keeps its start and its closing token. */
  private tokens(sentence: string): number[] {
    const ids = this.tokenizer.encode(sentence).ids;
    const max = this.options.maxTokens;
    return ids.length <= max ? ids : [...ids.slice(0, max - 1), ids[ids.length - 1] ?? this.padId];
  }
}

/** The mean of each sentence's token vectors, over the tokens its mask keeps. */
function meanOverTokens(hidden: Float32Array, mask: BigInt64Array, count: number, length: number): Float32Array {
  const dimension = hidden.length / (count * length);
  const means = new Float32Array(count * dimension);
  for (let i = 0; i < count; i++) {
    let kept = 0;
    for (let t = 0; t < length; t++) {
      if (mask[i * length + t] !== 1n) continue;
      kept++;
      for (let d = 0; d < dimension; d++) {
        means[i * dimension + d] = (means[i * dimension + d] ?? 0) + (hidden[(i * length + t) * dimension + d] ?? 0);
      }
    }
    for (let d = 0; d < dimension; d++) means[i * dimension + d] = (means[i * dimension + d] ?? 0) / Math.max(1, kept);
  }
  return means;
}

function normalised(values: Float32Array, dimension: number): { values: Float32Array; dimension: number } {
  for (let row = 0; row * dimension < values.length; row++) {
    let norm = 0;
    for (let d = 0; d < dimension; d++) norm += (values[row * dimension + d] ?? 0) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimension; d++) values[row * dimension + d] = (values[row * dimension + d] ?? 0) * scale;
  }
  return { values, dimension };
}

function readJson(folder: string, name: string, required: true): object;
function readJson(folder: string, name: string, required: false): object | undefined;
function readJson(folder: string, name: string, required: boolean): object | undefined {
  const file = path.join(folder, name);
  if (!existsSync(file)) {
    if (required) throw unusable(folder, `no ${name} in it`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as object;
  } catch (error) {
    throw unusable(folder, `${name} is not JSON: ${(error as Error).message}`, error);
  }
}

function unusable(folder: string, why: string, cause?: unknown): StorytraceError {
  return new StorytraceError(
    'MODEL_UNUSABLE',
    `sentence model ${folder}: ${why}`,
    cause === undefined ? {} : { cause },
  );
}

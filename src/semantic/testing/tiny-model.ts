import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type OnnxGraph, onnxModel } from './onnx-graph.js';

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]'];

export interface TinyModelOptions {
  /** Also take `token_type_ids`, added in as BERT's segment embeddings are. */
  tokenTypes?: boolean;
  /** Write the graph to `onnx/model.onnx`, as Hugging Face exports do, instead of `model.onnx`. */
  inOnnxFolder?: boolean;
}

/**
 * Writes a sentence model in the layout of a Hugging Face ONNX export (graph, `tokenizer.json`,
 * `tokenizer_config.json`) small enough to build in a test. Each group of words is one meaning: its
 * words share one axis of the embedding, so sentences that swap words for others of their group embed
 * alike. Special and unknown tokens embed as zero. Its output is per token, as a transformer's is.
 */
export function writeTinySentenceModel(
  folder: string,
  meanings: readonly string[][],
  options: TinyModelOptions = {},
): void {
  const vocabulary = new Map<string, number>(SPECIAL.map((token, id) => [token, id]));
  const axisOf: number[] = SPECIAL.map(() => -1);
  meanings.forEach((words, axis) => {
    for (const word of words) {
      if (vocabulary.has(word)) continue;
      vocabulary.set(word, vocabulary.size);
      axisOf.push(axis);
    }
  });
  const dimension = meanings.length;
  const embeddings = new Float32Array(vocabulary.size * dimension);
  axisOf.forEach((axis, id) => {
    if (axis >= 0) embeddings[id * dimension + axis] = 1;
  });
  const graph: OnnxGraph = {
    nodes: [
      {
        op: 'Gather',
        inputs: ['word_embeddings', 'input_ids'],
        outputs: [options.tokenTypes ? 'words' : 'last_hidden_state'],
      },
    ],
    initializers: [{ name: 'word_embeddings', dims: [vocabulary.size, dimension], values: embeddings }],
    inputs: [
      { name: 'input_ids', type: 'int64', shape: ['batch', 'sequence'] },
      { name: 'attention_mask', type: 'int64', shape: ['batch', 'sequence'] },
    ],
    outputs: [{ name: 'last_hidden_state', type: 'float', shape: ['batch', 'sequence', dimension] }],
  };
  if (options.tokenTypes) {
    graph.nodes.push(
      { op: 'Gather', inputs: ['segment_embeddings', 'token_type_ids'], outputs: ['segments'] },
      { op: 'Add', inputs: ['words', 'segments'], outputs: ['last_hidden_state'] },
    );
    graph.initializers.push({
      name: 'segment_embeddings',
      dims: [2, dimension],
      values: new Float32Array(2 * dimension),
    });
    graph.inputs.push({ name: 'token_type_ids', type: 'int64', shape: ['batch', 'sequence'] });
  }
  const modelFolder = options.inOnnxFolder ? path.join(folder, 'onnx') : folder;
  mkdirSync(modelFolder, { recursive: true });
  writeFileSync(path.join(modelFolder, 'model.onnx'), onnxModel(graph));
  writeFileSync(path.join(folder, 'tokenizer.json'), JSON.stringify(wordPieceTokenizer(vocabulary)));
  writeFileSync(
    path.join(folder, 'tokenizer_config.json'),
    JSON.stringify({ do_lower_case: true, model_max_length: 512, pad_token: '[PAD]', unk_token: '[UNK]' }),
  );
}

/** A BERT tokenizer (lower-cased, split on spaces and punctuation, WordPiece) over the vocabulary. */
function wordPieceTokenizer(vocabulary: ReadonlyMap<string, number>): object {
  const special = (token: string) => ({ id: token, ids: [vocabulary.get(token)], tokens: [token] });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': special('[CLS]'), '[SEP]': special('[SEP]') },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary),
    },
  };
}

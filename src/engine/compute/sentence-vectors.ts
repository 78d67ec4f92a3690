import type { DocumentView } from '../../core/classify/index.js';
import type { SentenceEncoder } from '../../semantic/index.js';

/**
 * Gives each view without them its sentences' embeddings; the sentences of all the views go through
 * the model together, in its batches. A view keeps them as long as it is cached.
 */
export async function embedSentences(views: Iterable<DocumentView>, encoder: SentenceEncoder): Promise<void> {
  const pending = [...new Set(views)].filter((view) => view.sentenceVectors === undefined);
  const sentences = pending.flatMap((view) => view.sentences.map((s) => view.text.slice(s.start, s.end)));
  const values = sentences.length === 0 ? new Float32Array() : await encoder.encode(sentences);
  const { dimension } = encoder;
  let row = 0;
  for (const view of pending) {
    const count = view.sentences.length;
    view.sentenceVectors = { dimension, values: values.subarray(row * dimension, (row + count) * dimension) };
    row += count;
  }
}

/** The batches the crash test writes, rebuilt identically by the writer process and by the test. */
import { article, batch, pair, story, verdict } from '../../contract-suite/fixtures.js';
import type { Batch } from '../../types.js';

export const CRASH_BATCH_SIZE = 200;

const idOf = (batchIndex: number, index: number): string => `b${batchIndex}-${index}`;

/**
 * Batch k: 200 articles of about 1.5 kB, a chain of pairs through them plus one pair back into batch
 * k - 1, a verdict each, one story, and the number of batches written so far in meta.
 */
export function crashBatch(k: number): Batch {
  const articles = Array.from({ length: CRASH_BATCH_SIZE }, (_, index) =>
    article(idOf(k, index), k * CRASH_BATCH_SIZE + index + 1, {
      text: `Batch ${k}, article ${index}. ${'Words of a story copied across the web. '.repeat(38)}`,
      title: `Batch ${k} #${index}`,
    }),
  );
  const pairs = articles.slice(1).map((item, index) => pair(idOf(k, index), item.id));
  if (k > 0) pairs.push(pair(idOf(k - 1, 0), idOf(k, 0)));
  return batch({
    articles,
    pairs,
    verdicts: articles.map((item) => verdict(item.id, `story-${k}`)),
    stories: [
      story(
        `story-${k}`,
        articles.map((item) => item.id),
      ),
    ],
    meta: { batches: String(k + 1) },
  });
}

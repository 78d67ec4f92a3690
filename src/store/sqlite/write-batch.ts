import type BetterSqlite3 from 'better-sqlite3';
import { type RecordLocation, StorytraceError } from '../../errors/index.js';
import type { Batch } from '../types.js';
import { articleParams } from './rows.js';
import type { Statements } from './statements.js';

/** Which row of the batch was being written, kept as two cheap fields and described only on failure. */
interface Cursor {
  part:
    | 'begin'
    | 'removedPairs'
    | 'removedArticles'
    | 'removedStories'
    | 'articles'
    | 'pairs'
    | 'verdicts'
    | 'stories'
    | 'meta';
  index: number;
}

/**
 * Writes a batch in one transaction with the store's prepared statements: removals first, then writes
 * (the order `Batch` documents). Any failure rolls the whole batch back and is thrown as STORE_WRITE_FAILED.
 */
export function createBatchWriter(db: BetterSqlite3.Database, sql: Statements, path: string): (batch: Batch) => void {
  const cursor: Cursor = { part: 'begin', index: 0 };
  const at = (part: Cursor['part'], index: number): void => {
    cursor.part = part;
    cursor.index = index;
  };

  const write = db.transaction((batch: Batch): void => {
    (batch.removedPairs ?? []).forEach((pair, index) => {
      at('removedPairs', index);
      if (pair.a < pair.b) sql.deletePair.run(pair.a, pair.b);
      else sql.deletePair.run(pair.b, pair.a);
    });
    (batch.removedArticles ?? []).forEach((id, index) => {
      at('removedArticles', index);
      sql.deleteArticle.run(id);
    });
    batch.removedStories.forEach((id, index) => {
      at('removedStories', index);
      sql.deleteStory.run(id);
    });
    batch.articles.forEach((article, index) => {
      at('articles', index);
      sql.upsertArticle.run(...articleParams(article));
    });
    batch.pairs.forEach((pair, index) => {
      at('pairs', index);
      if (!(pair.a < pair.b)) throw new Error(`pair ids must be ordered a < b, got a ${pair.a} and b ${pair.b}`);
      sql.upsertPair.run(pair.a, pair.b, pair.payload);
    });
    batch.verdicts.forEach((verdict, index) => {
      at('verdicts', index);
      sql.upsertVerdict.run(verdict.id, verdict.story, JSON.stringify(verdict));
    });
    batch.stories.forEach((story, index) => {
      at('stories', index);
      sql.upsertStory.run(story.id, JSON.stringify(story));
    });
    Object.entries(batch.meta ?? {}).forEach(([key, value], index) => {
      at('meta', index);
      sql.upsertMeta.run(key, value);
    });
  });

  return (batch) => {
    at('begin', 0);
    try {
      write.immediate(batch);
    } catch (error) {
      const { place, location } = describeRow(batch, cursor);
      const reason = error instanceof Error ? error.message : String(error);
      throw new StorytraceError('STORE_WRITE_FAILED', `cannot write a batch to ${path}: ${place}: ${reason}`, {
        cause: error,
        location,
      });
    }
  };
}

function describeRow(batch: Batch, { part, index }: Cursor): { place: string; location: RecordLocation } {
  if (part === 'begin') return { place: 'starting the transaction', location: {} };
  const record = recordOf(batch, part, index);
  const place = `${part}[${index}]${record === undefined ? '' : ` (${JSON.stringify(record)})`}`;
  return { place, location: record === undefined ? {} : { record } };
}

function recordOf(batch: Batch, part: Exclude<Cursor['part'], 'begin'>, index: number): string | undefined {
  switch (part) {
    case 'removedPairs':
    case 'pairs': {
      const pair = (part === 'pairs' ? batch.pairs : batch.removedPairs)?.[index];
      return pair && `${pair.a} ~ ${pair.b}`;
    }
    case 'removedArticles':
      return batch.removedArticles?.[index];
    case 'removedStories':
      return batch.removedStories[index];
    case 'meta':
      return Object.keys(batch.meta ?? {})[index];
    default:
      return batch[part][index]?.id;
  }
}

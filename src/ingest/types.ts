import type { Article } from '../core/contract/types.js';
import type { Issue, RecordLocation } from '../errors/index.js';

export interface IngestOptions {
  /** Largest JSONL line, text, Markdown or HTML file accepted; larger ones are rejected with INPUT_TOO_LARGE. */
  maxRecordBytes: number;
  /** Largest file that has to be parsed whole to be read at all: RSS/Atom feeds and JSON arrays. */
  maxDocumentBytes: number;
  /** What '-' reads; process.stdin when absent (injectable so tests need no process). */
  stdin?: AsyncIterable<Uint8Array>;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  maxRecordBytes: 10 * 1024 * 1024,
  maxDocumentBytes: 100 * 1024 * 1024,
};

export interface IngestedArticle {
  article: Article;
  location: RecordLocation;
}

export type IngestItem = { ok: true; value: IngestedArticle } | { ok: false; issues: Issue[] };

import type { ErrorCode } from './catalogue.js';

/** Where a bad record came from, so a message can name it. */
export interface RecordLocation {
  file?: string;
  /** 1-based line of a JSONL file. */
  line?: number;
  /** The record's id, where it has one. */
  record?: string;
}

/** A problem with one record: reported, and the rest of the batch goes on. */
export interface Issue extends RecordLocation {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export class StorytraceError extends Error {
  readonly code: ErrorCode;
  readonly location: RecordLocation;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; location?: RecordLocation } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorytraceError';
    this.code = code;
    this.location = options.location ?? {};
  }

  toIssue(): Issue {
    return { code: this.code, message: this.message, ...this.location };
  }
}

export function issue(code: ErrorCode, message: string, location: RecordLocation = {}): Issue {
  return { code, message, ...location };
}

/** "file.jsonl:12 (id a3)" — the place of a record in a message. */
export function describeLocation(location: RecordLocation): string {
  const place = [location.file, location.line === undefined ? undefined : String(location.line)]
    .filter((part) => part !== undefined)
    .join(':');
  const record = location.record === undefined ? '' : `record ${JSON.stringify(location.record)}`;
  return [place, record].filter(Boolean).join(' ') || 'input';
}

export function formatIssue(item: Issue): string {
  return `${describeLocation(item)}: ${item.code}: ${item.message}`;
}

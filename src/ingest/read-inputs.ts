import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../core/contract/types.js';
import { type Issue, issue, type RecordLocation, type Result } from '../errors/index.js';
import { decodeText } from './decode.js';
import { articlesFromFeed, looksLikeFeed } from './feed.js';
import { filesUnder, unreadable } from './folder-walk.js';
import { articleFromHtml } from './html-article.js';
import { articlesFromJsonArray, articlesFromJsonl } from './jsonl.js';
import { articleFromPlainText } from './plain-text.js';
import { DEFAULT_INGEST_OPTIONS, type IngestItem, type IngestOptions } from './types.js';

type FileKind = 'jsonl' | 'json' | 'text' | 'markdown' | 'html' | 'feed' | 'xml';

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'xml',
};

const SNIFF_BYTES = 4096;
const STDIN_NAME = '<stdin>';

interface FileToRead {
  file: string;
  /** Id of the article when the file holds one (.txt, .md, .html). */
  id: string;
  /** Named on the command line rather than found in a folder: unknown types are reported, not skipped. */
  explicit: boolean;
}

function rejected(...issues: Issue[]): IngestItem {
  return { ok: false, issues };
}

function toItem(result: Result<Article>, location: RecordLocation): IngestItem {
  if (!result.ok) return rejected(...result.issues.map((problem) => ({ ...problem, ...location })));
  return { ok: true, value: { article: result.value, location: { ...location, record: result.value.id } } };
}

async function readHead(file: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads a whole file as text, or says why not (too large, binary, invalid UTF-8). */
async function readWhole(file: string, size: number, limit: number): Promise<Result<string>> {
  if (size > limit) {
    const message = `the file is ${size} bytes, above the limit of ${limit}`;
    return { ok: false, issues: [issue('INPUT_TOO_LARGE', message, { file })] };
  }
  return decodeText(await readFile(file), { file });
}

function* feedItems(content: string, file: string): Generator<IngestItem> {
  for (const result of articlesFromFeed(content, file)) yield toItem(result, { file });
}

async function* jsonlItems(chunks: AsyncIterable<Uint8Array>, file: string, options: IngestOptions) {
  let sawLine = false;
  for await (const item of articlesFromJsonl(chunks, file, options.maxRecordBytes)) {
    sawLine = true;
    yield item;
  }
  if (!sawLine) yield rejected(issue('INPUT_EMPTY', 'no records in the input', { file }));
}

async function* jsonFileItems(file: string, size: number, options: IngestOptions): AsyncGenerator<IngestItem> {
  const head = new TextDecoder().decode(await readHead(file, SNIFF_BYTES));
  if (!/^\uFEFF?\s*\[/.test(head)) {
    yield* jsonlItems(createReadStream(file), file, options);
    return;
  }
  const content = await readWhole(file, size, options.maxDocumentBytes);
  if (!content.ok) return yield rejected(...content.issues);
  let records: unknown;
  try {
    records = JSON.parse(content.value);
  } catch (error) {
    return yield rejected(issue('INPUT_INVALID_JSON', `invalid JSON: ${(error as Error).message}`, { file }));
  }
  yield* articlesFromJsonArray(records as unknown[], file);
}

async function* fileItems({ file, id, explicit }: FileToRead, options: IngestOptions): AsyncGenerator<IngestItem> {
  const size = (await stat(file)).size;
  const kind = KIND_BY_EXTENSION[path.extname(file).toLowerCase()];
  if (kind === 'jsonl') return yield* jsonlItems(createReadStream(file), file, options);
  if (kind === 'json') return yield* jsonFileItems(file, size, options);

  if (kind === 'text' || kind === 'markdown' || kind === 'html') {
    const content = await readWhole(file, size, options.maxRecordBytes);
    if (!content.ok) return yield rejected(...content.issues);
    const location = { file, record: id };
    if (kind !== 'html') return yield toItem(articleFromPlainText(content.value, id, kind), location);
    if (looksLikeFeed(content.value)) return yield* feedItems(content.value, file);
    return yield toItem(articleFromHtml(content.value, { id }), location);
  }

  // Feeds, other XML and unknown types: only a feed root makes them readable.
  const isFeed = looksLikeFeed(new TextDecoder().decode(await readHead(file, SNIFF_BYTES)));
  if (!isFeed && kind === undefined) {
    if (explicit) yield rejected(issue('INPUT_UNSUPPORTED', 'not a file type storytrace reads', { file }));
    return;
  }
  // Inside a folder an .xml that is no feed at all (a sitemap, say) is skipped like any unknown file.
  if (!isFeed && kind === 'xml' && !explicit) return;
  const content = await readWhole(file, size, options.maxDocumentBytes);
  if (!content.ok) return yield rejected(...content.issues);
  yield* feedItems(content.value, file);
}

async function* guarded(items: AsyncGenerator<IngestItem>, file: string): AsyncGenerator<IngestItem> {
  try {
    yield* items;
  } catch (error) {
    // A file that vanishes or turns unreadable half-way is an issue for that file, not a crash.
    yield rejected(unreadable(file, error));
  }
}

/**
 * Streams articles from files, folders and '-' (stdin, JSONL). Never throws for bad records: yields
 * issues and goes on. Folders are read recursively in a stable order; a missing path is one issue.
 */
export async function* readInputs(
  inputs: readonly string[],
  options: Partial<IngestOptions> = {},
): AsyncGenerator<IngestItem> {
  const settings: IngestOptions = { ...DEFAULT_INGEST_OPTIONS, ...options };
  for (const input of inputs) {
    if (input === '-') {
      const stdin = settings.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
      yield* guarded(jsonlItems(stdin, STDIN_NAME, settings), STDIN_NAME);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(input)).isDirectory();
    } catch (error) {
      yield rejected(unreadable(input, error));
      continue;
    }
    if (!isFolder) {
      yield* guarded(fileItems({ file: input, id: path.basename(input), explicit: true }, settings), input);
      continue;
    }
    for await (const entry of filesUnder(input)) {
      if ('issue' in entry) yield rejected(entry.issue);
      else yield* guarded(fileItems({ ...entry, explicit: false }, settings), entry.file);
    }
  }
}

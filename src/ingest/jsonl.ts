import { issue, type RecordLocation } from '../errors/index.js';
import { decodeText, looksBinary } from './decode.js';
import { readLines } from './line-reader.js';
import { articleFromRecord } from './record.js';
import type { IngestItem } from './types.js';

const ID_NEAR_START = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/;

/** Best-effort id of a line that cannot be parsed (broken or too large), so its issue can name the record. */
function sniffId(bytes: Uint8Array): string | undefined {
  const match = ID_NEAR_START.exec(new TextDecoder().decode(bytes));
  if (!match?.[1]) return undefined;
  try {
    return String(JSON.parse(match[1]));
  } catch {
    return undefined;
  }
}

function withRecord(location: RecordLocation, id: string | undefined): RecordLocation {
  return id === undefined ? location : { ...location, record: id };
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d);
}

function itemFromValue(value: unknown, location: RecordLocation): IngestItem {
  const result = articleFromRecord(value, location);
  if (!result.ok) return result;
  return { ok: true, value: { article: result.value, location: { ...location, record: result.value.id } } };
}

/** Articles from a JSON Lines stream, one issue per bad line; blank lines are skipped. */
export async function* articlesFromJsonl(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  maxRecordBytes: number,
): AsyncGenerator<IngestItem> {
  for await (const raw of readLines(chunks, maxRecordBytes)) {
    const location: RecordLocation = { file, line: raw.line };
    const bytes = 'tooLarge' in raw ? raw.head : raw.bytes;
    if (raw.line === 1 && looksBinary(bytes)) {
      // A binary first line means a binary file (an archive, an image): one issue, not one per "line".
      yield { ok: false, issues: [issue('INPUT_BINARY', 'binary content, not JSON Lines', { file })] };
      return;
    }
    if ('tooLarge' in raw) {
      const message = `the record is ${raw.size} bytes, above the limit of ${maxRecordBytes}`;
      yield { ok: false, issues: [issue('INPUT_TOO_LARGE', message, withRecord(location, sniffId(raw.head)))] };
      continue;
    }
    if (isBlank(raw.bytes)) continue;
    const decoded = decodeText(raw.bytes, location);
    if (!decoded.ok) {
      yield { ok: false, issues: decoded.issues.map((problem) => ({ ...problem, ...withRecord({}, sniffId(bytes)) })) };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(decoded.value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const at = withRecord(location, sniffId(raw.bytes));
      yield { ok: false, issues: [issue('INPUT_INVALID_JSON', `invalid JSON: ${reason}`, at)] };
      continue;
    }
    yield itemFromValue(value, location);
  }
}

/** Articles from a `.json` file holding one array of records (read whole, so bounded by maxDocumentBytes). */
export function* articlesFromJsonArray(records: readonly unknown[], file: string): Generator<IngestItem> {
  for (const [index, value] of records.entries()) {
    const item = itemFromValue(value, { file });
    if (item.ok) {
      yield item;
    } else {
      const where = `array element ${index + 1}: `;
      yield { ok: false, issues: item.issues.map((problem) => ({ ...problem, message: where + problem.message })) };
    }
  }
}

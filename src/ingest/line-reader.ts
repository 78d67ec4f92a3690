export type RawLine =
  | { line: number; bytes: Uint8Array }
  /** A line longer than the limit: only its size and first bytes are kept, never the whole of it. */
  | { line: number; tooLarge: true; size: number; head: Uint8Array };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const HEAD_BYTES = 4096;

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * Splits a byte stream into lines (LF, with a CR before it dropped), holding at most `maxLineBytes`
 * of one line in memory: a longer line is reported by size and skipped up to its newline, so a 50 MB
 * record costs no more memory than the limit and the lines after it are still read.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let head: Uint8Array | undefined;
  let lineNumber = 1;

  const take = (segment: Uint8Array): void => {
    size += segment.length;
    if (head !== undefined) return;
    if (size <= maxLineBytes) {
      parts.push(segment);
      return;
    }
    head = concat([...parts, segment], size).slice(0, HEAD_BYTES);
    parts = [];
  };
  const finish = (): RawLine => {
    let result: RawLine;
    if (head === undefined) {
      let bytes = concat(parts, size);
      if (bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
      result = { line: lineNumber, bytes };
    } else {
      result = { line: lineNumber, tooLarge: true, size, head };
    }
    parts = [];
    size = 0;
    head = undefined;
    lineNumber++;
    return result;
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, newline));
      start = newline + 1;
      yield finish();
    }
    // Copy the tail: the stream may reuse the chunk's memory for the next read.
    if (start < chunk.length) take(chunk.slice(start));
  }
  if (size > 0 || head !== undefined) yield finish();
}

import type { LineSpan } from './types.js';

export function splitLines(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

/** Case-folded, digits as 0, punctuation and spacing dropped; '' for lines too short to matter. */
export function lineKey(line: string): string {
  const key = line
    .toLowerCase()
    .replace(/\d+/g, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key.length < 8 ? '' : key;
}

export function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

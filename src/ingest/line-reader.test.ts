import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RawLine, readLines } from './line-reader.js';

async function* chunksOf(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Buffer.from(part);
}

async function lines(
  parts: string[],
  max = 100,
): Promise<Array<string | { line: number; size: number; head: string }>> {
  const out: Array<string | { line: number; size: number; head: string }> = [];
  for await (const raw of readLines(chunksOf(...parts), max)) out.push(show(raw));
  return out;
}

function show(raw: RawLine): string | { line: number; size: number; head: string } {
  const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');
  return 'tooLarge' in raw
    ? { line: raw.line, size: raw.size, head: text(raw.head) }
    : `${raw.line}:${text(raw.bytes)}`;
}

const cases: Array<{ name: string; parts: string[]; max?: number; expected: ReturnType<typeof show>[] }> = [
  { name: 'empty stream', parts: [], expected: [] },
  { name: 'no final newline', parts: ['a\nb'], expected: ['1:a', '2:b'] },
  { name: 'final newline adds no empty line', parts: ['a\n'], expected: ['1:a'] },
  { name: 'CRLF endings lose the CR', parts: ['a\r\nb\r\n'], expected: ['1:a', '2:b'] },
  { name: 'blank lines keep their numbers', parts: ['a\n\n\nb'], expected: ['1:a', '2:', '3:', '4:b'] },
  { name: 'a line across chunks', parts: ['ab', 'cd', 'e\nf'], expected: ['1:abcde', '2:f'] },
  { name: 'newline at chunk start', parts: ['ab', '\ncd'], expected: ['1:ab', '2:cd'] },
  {
    name: 'an over-long line is reported by size with its head, and the next line is read',
    parts: ['ok\n', '0123456789', '0123456789', 'tail\nnext'],
    max: 12,
    expected: ['1:ok', { line: 2, size: 24, head: '01234567890123456789' }, '3:next'],
  },
  { name: 'a line exactly at the limit is kept', parts: ['0123\n'], max: 4, expected: ['1:0123'] },
];

for (const { name, parts, max, expected } of cases) {
  test(`readLines: ${name}`, async () => {
    assert.deepEqual(await lines(parts, max), expected);
  });
}

test('readLines: an over-long line keeps only a bounded head, not the whole line', async () => {
  const huge = 'x'.repeat(1_000_000);
  const results: RawLine[] = [];
  for await (const raw of readLines(chunksOf(huge.slice(0, 500_000), huge.slice(500_000), '\n'), 1000))
    results.push(raw);
  const [first] = results;
  assert.ok(first && 'tooLarge' in first);
  assert.equal(first.size, 1_000_000);
  assert.ok(first.head.length <= 4096);
});

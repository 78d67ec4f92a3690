import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText, looksBinary, normaliseArticleText } from './decode.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

const decodeCases: Array<{ name: string; input: Uint8Array; expected: string }> = [
  { name: 'plain ASCII', input: Buffer.from('Hello'), expected: 'ok Hello' },
  { name: 'UTF-8 with a BOM', input: bytes(0xef, 0xbb, 0xbf, 0x48, 0xc3, 0xa9), expected: 'ok Hé' },
  { name: 'Latin-1 é is not UTF-8', input: bytes(0x43, 0x61, 0x66, 0xe9), expected: 'INPUT_INVALID_UTF8' },
  { name: 'truncated multi-byte sequence', input: bytes(0x41, 0xe2, 0x82), expected: 'INPUT_INVALID_UTF8' },
  { name: 'a NUL byte means binary', input: bytes(0x41, 0x00, 0x42), expected: 'INPUT_BINARY' },
  { name: 'many control bytes mean binary', input: bytes(1, 2, 3, 4, 0x41, 0x42), expected: 'INPUT_BINARY' },
  { name: 'tabs, CR and form feeds are text', input: Buffer.from('a\tb\r\n\fc'), expected: 'ok a\tb\r\n\fc' },
];

for (const { name, input, expected } of decodeCases) {
  test(`decodeText: ${name}`, () => {
    const result = decodeText(input, { file: 'f' });
    assert.equal(result.ok ? `ok ${result.value}` : result.issues.map((problem) => problem.code).join(), expected);
    if (!result.ok) assert.equal(result.issues[0]?.file, 'f');
  });
}

test('looksBinary: one stray control byte in a long text is still text', () => {
  const text = Buffer.from(`${'a'.repeat(200)}\u0007${'b'.repeat(200)}`);
  assert.equal(looksBinary(text), false);
});

const normaliseCases: Array<[string, string]> = [
  ['\uFEFF  Title\r\n\r\nBody  \r\n', 'Title\n\nBody'],
  ['Keeps CASE and “quotes” and  double  spaces', 'Keeps CASE and “quotes” and  double  spaces'],
  ['lone\rcarriage return stays', 'lone\rcarriage return stays'],
];

for (const [input, expected] of normaliseCases) {
  test(`normaliseArticleText(${JSON.stringify(input)})`, () => {
    assert.equal(normaliseArticleText(input), expected);
  });
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromRecord } from './record.js';

const at = { file: 'in.jsonl', line: 4 };

// Each row: a parsed JSONL value and what it must become: the article, or the issue code and location.
const cases: Array<{ name: string; record: unknown; article?: object; issue?: { code: string; record?: string } }> = [
  {
    name: 'minimal record',
    record: { id: 'a', text: '  Body.\r\nSecond line.  ' },
    article: { id: 'a', text: 'Body.\nSecond line.' },
  },
  {
    name: 'numeric id is stringified; outlet comes from the url host without www.',
    record: { id: 12, text: 'Body.', url: 'https://www.example.com/x' },
    article: { id: '12', text: 'Body.', url: 'https://www.example.com/x', outlet: 'example.com' },
  },
  {
    name: 'given outlet wins over the url host; unknown fields go to meta; null fields count as absent',
    record: { id: 'b', text: 'Body.', url: 'https://a.example/x', outlet: 'Paper', title: null, story: 's9', rank: 2 },
    article: { id: 'b', text: 'Body.', url: 'https://a.example/x', outlet: 'Paper', meta: { story: 's9', rank: 2 } },
  },
  {
    name: 'text is kept as written: case, quotes and inner whitespace unchanged, BOM dropped',
    record: { id: 'c', text: '\uFEFF“Quoted”  TEXT\tstays.\n\n\nNext.' },
    article: { id: 'c', text: '“Quoted”  TEXT\tstays.\n\n\nNext.' },
  },
  {
    name: 'ISO dates and date-times are accepted as written',
    record: { id: 'd', text: 'Body.', published: '2024-02-29T23:59:00+05:30' },
    article: { id: 'd', text: 'Body.', published: '2024-02-29T23:59:00+05:30' },
  },
  {
    name: 'html is extracted and the page metadata fills the fields the record lacks',
    record: {
      id: 'h',
      title: 'Record title',
      html: '<html><head><meta property="og:site_name" content="Site"><meta name="date" content="2023-01-05"></head><body><p>Para one.</p><p>Para two.</p></body></html>',
    },
    article: {
      id: 'h',
      text: 'Para one.\n\nPara two.',
      title: 'Record title',
      outlet: 'Site',
      published: '2023-01-05',
    },
  },
  { name: 'not an object', record: ['id', 'text'], issue: { code: 'INPUT_INVALID_JSON' } },
  { name: 'null', record: null, issue: { code: 'INPUT_INVALID_JSON' } },
  { name: 'no id', record: { text: 'Body.' }, issue: { code: 'INPUT_MISSING_ID' } },
  { name: 'blank id', record: { id: '  ', text: 'Body.' }, issue: { code: 'INPUT_MISSING_ID' } },
  { name: 'id of the wrong type', record: { id: { x: 1 }, text: 'Body.' }, issue: { code: 'INPUT_INVALID_FIELD' } },
  {
    name: 'neither text nor html',
    record: { id: 'e', title: 'T' },
    issue: { code: 'INPUT_MISSING_TEXT', record: 'e' },
  },
  { name: 'text not a string', record: { id: 'f', text: ['a'] }, issue: { code: 'INPUT_INVALID_FIELD', record: 'f' } },
  {
    name: 'title not a string',
    record: { id: 'g', text: 'B', title: 3 },
    issue: { code: 'INPUT_INVALID_FIELD', record: 'g' },
  },
  {
    name: 'published that is not ISO 8601 rejects the record',
    record: { id: 'i', text: 'B', published: 'March 3, 2024' },
    issue: { code: 'INPUT_INVALID_FIELD', record: 'i' },
  },
  {
    name: 'published that does not exist (30 February) rejects the record',
    record: { id: 'j', text: 'B', published: '2024-02-30' },
    issue: { code: 'INPUT_INVALID_FIELD', record: 'j' },
  },
  {
    name: 'text empty after trimming',
    record: { id: 'k', text: ' \n\t ' },
    issue: { code: 'INPUT_EMPTY', record: 'k' },
  },
  {
    name: 'html with no text',
    record: { id: 'l', html: '<script>x()</script>' },
    issue: { code: 'INPUT_EMPTY', record: 'l' },
  },
  {
    name: 'text with NUL characters',
    record: { id: 'm', text: 'a\u0000b' },
    issue: { code: 'INPUT_BINARY', record: 'm' },
  },
];

for (const { name, record, article, issue } of cases) {
  test(`articleFromRecord: ${name}`, () => {
    const result = articleFromRecord(record, at);
    if (article !== undefined) {
      assert.deepEqual(result, { ok: true, value: article });
      return;
    }
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.equal(result.issues.length, 1);
    const [problem] = result.issues;
    assert.equal(problem?.code, issue?.code);
    assert.equal(problem?.file, 'in.jsonl');
    assert.equal(problem?.line, 4);
    assert.equal(problem?.record, issue?.record);
  });
}

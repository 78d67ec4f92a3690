import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { describeLocation } from '../errors/index.js';
import { readInputs } from './index.js';
import type { IngestItem, IngestOptions } from './types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'ingest');
let scratch = '';

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'storytrace-ingest-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const jsonl = (...records: unknown[]): string => records.map((record) => JSON.stringify(record)).join('\n');

/** Writes a file into the scratch folder and returns its path. */
async function scratchFile(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(scratch, name);
  await writeFile(file, content);
  return file;
}

/** "ok <id>" per article, "<CODE> <file:line record "id">" per issue, files relative to their folder. */
function summarise(item: IngestItem): string[] {
  if (item.ok) return [`ok ${item.value.article.id}`];
  return item.issues.map((problem) => {
    const file =
      problem.file === undefined
        ? undefined
        : path.relative(problem.file.startsWith(scratch) ? scratch : root, problem.file);
    return `${problem.code} ${describeLocation({ ...problem, ...(file === undefined ? {} : { file }) })}`;
  });
}

async function collect(inputs: string[], options: Partial<IngestOptions> = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

const fifty = 50 * 1024 * 1024;

const cases: Array<{ name: string; inputs: () => Promise<string[]>; expected: string[] }> = [
  {
    name: 'an empty text file is one INPUT_EMPTY naming the file and its id',
    inputs: async () => [await scratchFile('empty.txt', '')],
    expected: ['INPUT_EMPTY empty.txt record "empty.txt"'],
  },
  {
    name: 'an empty JSONL file (blank lines only) says it holds no records',
    inputs: async () => [await scratchFile('blank.jsonl', '\n  \n\r\n')],
    expected: ['INPUT_EMPTY blank.jsonl'],
  },
  {
    name: 'an invalid JSON line between good ones is reported by line and sniffed id; the others are read',
    inputs: async () => [
      await scratchFile(
        'broken.jsonl',
        `${jsonl({ id: 'a1', text: 'First.' })}\n{"id": "a2", "text": "cut off\n\n${jsonl({ id: 'a3', text: 'Third.' })}\n`,
      ),
    ],
    expected: ['ok a1', 'INPUT_INVALID_JSON broken.jsonl:2 record "a2"', 'ok a3'],
  },
  {
    name: 'a record without an id, and one whose text is not a string',
    inputs: async () => [
      await scratchFile('fields.jsonl', jsonl({ text: 'No id here.' }, { id: 'b2', text: 42 }, { id: 7, text: 'Ok.' })),
    ],
    expected: ['INPUT_MISSING_ID fields.jsonl:1', 'INPUT_INVALID_FIELD fields.jsonl:2 record "b2"', 'ok 7'],
  },
  {
    name: 'a 50 MB record is rejected at the default 10 MiB limit and the records after it are read',
    inputs: async () => {
      const huge = `{"id": "huge", "text": "${'word '.repeat(fifty / 5)}"}`;
      return [
        await scratchFile(
          'huge.jsonl',
          `${jsonl({ id: 'before', text: 'A.' })}\n${huge}\n${jsonl({ id: 'after', text: 'B.' })}\n`,
        ),
      ];
    },
    expected: ['ok before', 'INPUT_TOO_LARGE huge.jsonl:2 record "huge"', 'ok after'],
  },
  {
    name: 'a binary file is one INPUT_BINARY, whatever its extension says',
    inputs: async () => [
      await scratchFile('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      await scratchFile('archive.jsonl', new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0x0a, 0x41, 0, 0x0a, 0x42])),
    ],
    expected: ['INPUT_BINARY image.txt', 'INPUT_BINARY archive.jsonl'],
  },
  {
    name: 'invalid UTF-8 in a file and in one JSONL line (the line after it is still read)',
    inputs: async () => [
      await scratchFile('latin1.md', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73])),
      await scratchFile(
        'mixed.jsonl',
        Buffer.concat([
          Buffer.from('{"id": "bad", "text": "caf'),
          Buffer.from([0xc3, 0x28]),
          Buffer.from(`"}\n${jsonl({ id: 'good', text: 'Café opens.' })}\n`),
        ]),
      ),
    ],
    expected: ['INPUT_INVALID_UTF8 latin1.md', 'INPUT_INVALID_UTF8 mixed.jsonl:1 record "bad"', 'ok good'],
  },
  {
    name: 'RSS and Atom feeds give one article per item, ids from guid, link or atom id',
    inputs: async () => [path.join(fixtures, 'feed.rss'), path.join(fixtures, 'feed.atom')],
    expected: [
      'ok vg-1001',
      'ok https://www.valley-gazette.example/library-hours',
      'ok urn:uuid:ledger-entry-1',
      'ok urn:uuid:ledger-entry-2',
      'ok urn:uuid:ledger-entry-3',
    ],
  },
  {
    name: 'a truncated feed is one INPUT_INVALID_FEED naming the file',
    inputs: async () => [await scratchFile('cut.rss', '<?xml version="1.0"?><rss><channel><item><title>A</tit')],
    expected: ['INPUT_INVALID_FEED cut.rss'],
  },
  {
    name: 'a folder is read recursively in sorted order; dotfiles, .csv and a non-feed .xml are skipped silently',
    inputs: async () => [path.join(fixtures, 'folder')],
    expected: ['ok a-report.txt', 'ok c-page.html', 'ok notes/b-brief.md'],
  },
  {
    name: 'a missing path and an explicit unsupported file are issues; later inputs are still read',
    inputs: async () => [
      path.join(scratch, 'does-not-exist.jsonl'),
      path.join(fixtures, 'folder', 'table.csv'),
      await scratchFile('last.txt', 'Still read.'),
    ],
    expected: [
      'INPUT_UNREADABLE does-not-exist.jsonl',
      'INPUT_UNSUPPORTED test/fixtures/ingest/folder/table.csv',
      'ok last.txt',
    ],
  },
  {
    name: 'a .json file holding an array of records',
    inputs: async () => [
      await scratchFile('array.json', JSON.stringify([{ id: 'j1', text: 'One.' }, { id: 'j2' }], null, 2)),
    ],
    expected: ['ok j1', 'INPUT_MISSING_TEXT array.json record "j2"'],
  },
  {
    name: 'a feed behind an unknown extension is recognised by its root element',
    inputs: async () => [
      await scratchFile(
        'feed.php',
        '<rss version="2.0"><channel><title>T</title><item><guid>x1</guid><description>Hi.</description></item></channel></rss>',
      ),
    ],
    expected: ['ok x1'],
  },
];

for (const { name, inputs, expected } of cases) {
  test(`readInputs: ${name}`, async () => {
    const items = await collect(await inputs());
    assert.deepEqual(items.flatMap(summarise), expected);
  });
}

test('readInputs: hostile HTML leaks no script, style or handler text, and keeps the article', async () => {
  const items = await collect([path.join(fixtures, 'hostile.html')]);
  assert.equal(items.length, 1);
  const item = items[0];
  assert.ok(item?.ok);
  const { article } = item.value;
  for (const payload of [
    'HEAD_SCRIPT_PAYLOAD',
    'HEAD_STYLE_RULE',
    'BODY_ONLOAD',
    'NAV_JS_LINK',
    'INLINE_SCRIPT_PAYLOAD',
    'ARTICLE_JS_LINK',
    'IMG_ONERROR_PAYLOAD',
    'BODY_STYLE_RULE',
    'IFRAME',
    'NOSCRIPT_TEXT',
    'SVG_SCRIPT_PAYLOAD',
    'alert(',
    'javascript:',
    'display: block',
  ]) {
    assert.ok(!article.text.includes(payload), `text leaks ${payload}`);
  }
  assert.match(article.text, /^The harbour bridge reopened to traffic on Thursday morning/);
  assert.match(article.text, /Engineers replaced corroded cables and resurfaced both lanes\. Cyclists/);
  assert.equal(article.text.split('\n\n').length, 3, 'three paragraphs separated by blank lines');
  assert.equal(article.title, 'Harbour bridge reopens after repairs');
  assert.equal(article.outlet, 'Coastline Courier');
  assert.equal(article.published, '2024-05-02T08:30:00+02:00');
  assert.equal(article.url, 'https://www.coastline-courier.example/news/harbour-bridge');
});

test('readInputs: "-" reads JSONL from the injected stdin and names it in issues', async () => {
  async function* stdin(): AsyncGenerator<Uint8Array> {
    // Split mid-line to show records may straddle chunks.
    yield Buffer.from('{"id": "s1", "text": "From std');
    yield Buffer.from('in."}\nnot json\n');
  }
  const items = await collect(['-'], { stdin: stdin() });
  assert.deepEqual(items.flatMap(summarise), ['ok s1', 'INPUT_INVALID_JSON <stdin>:2']);
  assert.deepEqual(items[0]?.ok && items[0].value.location, { file: '<stdin>', line: 1, record: 's1' });
});

test('readInputs: maxRecordBytes applies to whole text files too', async () => {
  const file = await scratchFile('long.txt', 'x'.repeat(2000));
  const items = await collect([file], { maxRecordBytes: 1000 });
  assert.deepEqual(items.flatMap(summarise), ['INPUT_TOO_LARGE long.txt']);
});

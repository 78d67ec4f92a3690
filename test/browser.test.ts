import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT, type Served, startServer, storytrace, temporaryDir } from './cli-helpers.js';

/** Debian's Chromium, which `.ci/run` installs; another one through $CHROMIUM_PATH. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the screenshots go, for a person to look at after the run. */
const SHOTS = path.join(ROOT, '.artifacts', 'browser');
/** In CI the browser is installed, so a missing one is a failure there, not a reason to skip. */
const skip = !fs.existsSync(CHROMIUM) && process.env.CI !== 'true' ? `no Chromium at ${CHROMIUM}` : false;

/** Headless, and quiet on this machine's closed network: no background connections, no first-run pages. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOSTILE_TEXT =
  'Breaking: <img src=x onerror="window.__pwned=\'text\'"> the Corvale council voted on Monday night to ' +
  'close the old ferry pier. <script>window.__pwned="script"</script> Residents said the pier had been ' +
  'unsafe for years. <a href="javascript:window.__pwned=\'link\'">Read more</a> The vote was nine to two.';

/** An article whose every field tries to run, and a verbatim copy of it, so that it has a story and a source. */
const HOSTILE = [
  {
    id: 'h1',
    title: '<img src=x onerror="window.__pwned=\'title\'"><script>window.__pwned="title"</script>Pier closes',
    outlet: '<svg onload="window.__pwned=\'outlet\'">',
    url: "javascript:window.__pwned='url'//",
    published: '2024-05-01T08:00:00Z',
    text: HOSTILE_TEXT,
  },
  {
    id: 'h2',
    title: 'Pier closes <b onmouseover="window.__pwned=1">copy</b>',
    url: 'data:text/html,<script>parent.__pwned="data"</script>',
    published: '2024-05-02T08:00:00Z',
    text: HOSTILE_TEXT,
  },
];

/** The page's globals, as the functions run in it see them: these tests are compiled without the DOM's types. */
declare const window: { __pwned?: unknown };
declare const document: {
  querySelectorAll(selector: string): { length: number } & Iterable<{ getAttribute(name: string): string | null }>;
};

/** Every page checks the same: nothing ran, no markup came from an article, no unsafe link was made. */
async function assertNothingRan(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: document.querySelectorAll('main img, main script, main svg, main iframe, main b').length,
    unsafeLinks: [...document.querySelectorAll('a')].filter(
      (a) => !/^(https?:|#|\/)/.test(a.getAttribute('href') ?? ''),
    ).length,
  }));
  assert.deepEqual(found, { pwned: null, injected: 0, unsafeLinks: 0 }, where);
}

describe('the web UI in Chromium', { skip }, () => {
  let browser: Browser;
  let server: Served;
  let base: string;
  const problems: string[] = [];

  before(async () => {
    const db = path.join(temporaryDir(), 'ui.db');
    const added = storytrace(['add', path.join(ROOT, 'demo', 'corpus', 'articles.jsonl'), '--db', db]);
    assert.equal(added.status, 0, added.stderr);
    server = startServer(db);
    base = await server.listening;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  /** A page that fails the test on any script error, console error (a CSP refusal is one) or dialog. */
  async function open(url: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url);
    return page;
  }

  it('loads the demo, opens a story and its graph, then the spun article with its substitutions highlighted', async () => {
    const page = await open(`${base}/`);
    await page.locator('table.stories').waitFor();
    assert.equal(await page.locator('table.stories tbody tr').count(), 6);

    // A pause after a space runs the search; the next word still follows the space.
    const search = page.getByPlaceholder('Search titles');
    await search.fill('river ');
    await page.waitForTimeout(400);
    await search.pressSequentially('maun');
    assert.equal(await search.inputValue(), 'river maun');
    await page.waitForFunction(() => document.querySelectorAll('table.stories tbody tr').length === 1);
    await page.getByRole('link', { name: /River Maun bursts its banks/ }).click();

    const graph = page.locator('.graph-canvas');
    await graph.locator('canvas').first().waitFor();
    assert.equal(await graph.getAttribute('data-nodes'), '8');
    assert.ok(Number(await graph.getAttribute('data-edges')) >= 6);
    assert.match((await page.locator('.brief').textContent()) ?? '', /1,200 people were evacuated/);
    assert.ok((await page.locator('.discrepancies li[data-kind="quote"]').count()) > 0);
    await page.screenshot({ path: path.join(SHOTS, 'story.png'), fullPage: true });

    const spunRow = page.locator('table.articles tr', { has: page.locator('.badge[data-relation="spun"]') });
    await spunRow.getByRole('link', { name: 'a08', exact: true }).click();
    await page.locator('.verdict').waitFor();
    assert.equal(await page.locator('.verdict .badge').getAttribute('data-relation'), 'spun');
    assert.ok((await page.locator('.verdict .subs li').count()) >= 10);

    await page.getByRole('link', { name: 'side by side' }).first().click();
    const article = page.locator('[data-side="article"]');
    await article.locator('ins.changed').first().waitFor();
    const inserted = await article.locator('ins.changed').allTextContents();
    const removed = await page.locator('[data-side="source"] del.changed').allTextContents();
    assert.ok(inserted.includes('places') && removed.includes('homes'), `${inserted} / ${removed}`);
    assert.ok((await article.locator('.differs-quote').count()) > 0, 'the altered quotation is marked');
    const shot = path.join(SHOTS, 'spun-side-by-side.png');
    await page.screenshot({ path: shot });
    assert.deepEqual([...fs.readFileSync(shot).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG was written');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows hostile titles, texts, outlets and addresses as text: nothing from an article runs', async () => {
    const posted = await fetch(`${base}/articles`, {
      method: 'POST',
      body: HOSTILE.map((a) => JSON.stringify(a)).join('\n'),
      headers: { 'content-type': 'application/x-ndjson' },
    });
    assert.equal(posted.status, 200, await posted.text());
    const story = ((await (await fetch(`${base}/articles/h2`)).json()) as { verdict: { story: string } }).verdict.story;

    const page = await open(`${base}/#/stories/${story}`);
    await page.locator('.graph-canvas canvas').first().waitFor();
    assert.match((await page.locator('h1').textContent()) ?? '', /<img src=x onerror=/);
    await assertNothingRan(page, 'story page');

    await page.goto(`${base}/#/articles/h1`);
    await page.locator('.verdict').waitFor();
    assert.match((await page.locator('main').textContent()) ?? '', /<script>window.__pwned="script"<\/script>/);
    assert.equal(await page.locator('code.url').textContent(), HOSTILE[0]?.url, 'the address is shown, not linked');
    await assertNothingRan(page, 'article page');

    await page.goto(`${base}/#/articles/h2/versus/h1`);
    await page.locator('[data-side="article"] .aligned').first().waitFor();
    await page.locator('main').hover();
    await assertNothingRan(page, 'side by side');
    await page.screenshot({ path: path.join(SHOTS, 'hostile-side-by-side.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });
});

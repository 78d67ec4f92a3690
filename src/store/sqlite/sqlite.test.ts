import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { StorytraceError } from '../../errors/index.js';
import { article, batch, collect, pair, verdict } from '../contract-suite/fixtures.js';
import { runStoreContract } from '../contract-suite.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './open-sqlite-store.js';

const dir = await mkdtemp(join(tmpdir(), 'storytrace-sqlite-'));
after(() => rm(dir, { recursive: true, force: true }));

const contractFile = join(dir, 'contract.db');
runStoreContract(
  'sqlite file',
  () => openSqliteStore(contractFile),
  async () => {
    for (const suffix of ['', '-wal', '-shm']) await rm(contractFile + suffix, { force: true });
  },
);
runStoreContract('sqlite :memory:', () => openSqliteStore(':memory:'));

const failsWith =
  (code: string, ...fragments: string[]) =>
  (error: unknown) => {
    assert.ok(error instanceof StorytraceError, `expected a StorytraceError, got ${String(error)}`);
    assert.equal(error.code, code);
    for (const fragment of fragments)
      assert.ok(error.message.includes(fragment), `"${error.message}" lacks ${fragment}`);
    return true;
  };

/** Reads the file's header fields and tables with a plain connection, past the store. */
function inspect(path: string): { version: number; journal: string; tables: string[] } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      version: Number(db.pragma('user_version', { simple: true })),
      journal: String(db.pragma('journal_mode', { simple: true })),
      tables: db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all(),
    };
  } finally {
    db.close();
  }
}

describe('openSqliteStore', () => {
  it('migrates an empty database from version 0 to the latest, in WAL mode', async () => {
    const path = join(dir, 'version-0.db');
    new Database(path).close();
    assert.equal(inspect(path).version, 0);
    const store = await openSqliteStore(path);
    await store.commit(batch({ articles: [article('a', 1)] }));
    await store.close();
    assert.deepEqual(inspect(path), {
      version: MIGRATIONS.length,
      journal: 'wal',
      tables: ['articles', 'meta', 'pairs', 'stories', 'verdicts'],
    });
  });

  it('opens a zero-byte file as a new store', async () => {
    const path = join(dir, 'zero.db');
    await writeFile(path, '');
    const store = await openSqliteStore(path);
    assert.equal(await store.articleCount(), 0);
    await store.close();
    assert.equal(inspect(path).version, MIGRATIONS.length);
  });

  it('refuses a store written by a newer schema, and leaves it untouched', async () => {
    const path = join(dir, 'too-new.db');
    await (await openSqliteStore(path)).close();
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    await assert.rejects(openSqliteStore(path), failsWith('STORE_SCHEMA_TOO_NEW', path, '999'));
    assert.equal(inspect(path).version, 999);
  });

  it('refuses a file that is not a SQLite database, naming it', async () => {
    const path = join(dir, 'notes.txt');
    await writeFile(path, 'These are notes, not a database.\n'.repeat(200));
    await assert.rejects(openSqliteStore(path), (error: unknown) => {
      failsWith('STORE_OPEN_FAILED', path)(error);
      assert.ok(error instanceof Error && error.cause !== undefined, 'the library error is kept as cause');
      return true;
    });
  });

  it('refuses a SQLite database that another program wrote, without changing it', async () => {
    const path = join(dir, 'foreign.db');
    const db = new Database(path);
    db.exec('CREATE TABLE people (name TEXT)');
    db.close();
    await assert.rejects(openSqliteStore(path), failsWith('STORE_OPEN_FAILED', path, 'not a storytrace store'));
    assert.deepEqual(inspect(path).tables, ['people']);
  });

  it('gives articles stored before insertion times were kept the time of the upgrade', async () => {
    const path = join(dir, 'version-1.db');
    const db = new Database(path);
    migrate(db, path, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO articles (id, seq, hash, text) VALUES ('old', 1, 'h', 'An old text.')").run();
    db.close();
    const before = Date.now();
    const store = await openSqliteStore(path);
    const old = await store.getArticle('old');
    await store.close();
    // SQLite's clock has millisecond precision, like Date.now().
    const added = Date.parse(old?.added ?? '');
    assert.ok(added >= before && added <= Date.now(), `added ${old?.added}`);
    assert.equal(old?.added, new Date(added).toISOString());
    assert.equal(inspect(path).version, MIGRATIONS.length);
  });

  it('fails with STORE_OPEN_FAILED for a folder that does not exist', async () => {
    const path = join(dir, 'missing', 'store.db');
    await assert.rejects(openSqliteStore(path), failsWith('STORE_OPEN_FAILED', path));
  });

  it('names the failing row and keeps the SQLite error as cause when a batch fails', async () => {
    const store = await openSqliteStore(':memory:');
    await store.commit(batch({ articles: [article('a', 1)] }));
    await assert.rejects(store.commit(batch({ pairs: [pair('a', 'ghost')] })), (error: unknown) => {
      failsWith('STORE_WRITE_FAILED', 'pairs[0]', 'ghost', 'FOREIGN KEY')(error);
      assert.ok(error instanceof StorytraceError && error.cause instanceof Error);
      assert.equal(error.location.record, 'a ~ ghost');
      return true;
    });
    await store.close();
  });

  it('commits a batch of 1,000 articles with 5,000 pairs and their verdicts in well under a second', async (t) => {
    const store = await openSqliteStore(join(dir, 'speed.db'));
    const text = 'A sentence of news text that repeats to about two kilobytes. '.repeat(33);
    const articles = Array.from({ length: 1000 }, (_, index) =>
      article(`a${index}`, index + 1, { text: text + index }),
    );
    const pairs = articles.flatMap((item, index) =>
      [1, 2, 3, 4, 5].map((step) => pair(item.id, articles[(index + step) % 1000]?.id ?? '')),
    );
    const verdicts = articles.map((item) => verdict(item.id, `s${item.seq % 50}`));
    const started = performance.now();
    await store.commit(batch({ articles, pairs, verdicts }));
    const ms = performance.now() - started;
    const rows = articles.length + pairs.length + verdicts.length;
    t.diagnostic(`${rows} rows in ${ms.toFixed(1)} ms: ${Math.round((rows / ms) * 1000)} rows/s`);
    assert.ok(ms < 1000, `took ${ms} ms`);
    assert.equal((await collect(store.listPairs())).length, 5000);
    await store.close();
  });
});

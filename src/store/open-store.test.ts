import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { StorytraceError } from '../errors/index.js';
import { article, batch } from './contract-suite/fixtures.js';
import { openStore } from './index.js';

const dir = await mkdtemp(join(tmpdir(), 'storytrace-open-'));
after(() => rm(dir, { recursive: true, force: true }));

const usage = (fragment: string) => (error: unknown) => {
  assert.ok(error instanceof StorytraceError);
  assert.equal(error.code, 'USAGE');
  assert.ok(error.message.includes(fragment), error.message);
  return true;
};

describe('openStore', () => {
  it('opens an in-memory store for :memory:', async () => {
    const store = await openStore(':memory:');
    assert.equal(store.capabilities.persistent, false);
    await store.commit(batch({ articles: [article('a', 1)] }));
    assert.equal(await store.articleCount(), 1);
    await store.close();
  });

  it('opens a SQLite file for a path, and finds its data again', async () => {
    const path = join(dir, 'store.db');
    const first = await openStore(path);
    assert.deepEqual(first.capabilities, { concurrentWriters: false, persistent: true });
    await first.commit(batch({ articles: [article('a', 1)] }));
    await first.close();
    const second = await openStore(path);
    assert.equal(await second.articleCount(), 1);
    await second.close();
  });

  it('refuses PostgreSQL URLs as not yet available', async () => {
    await assert.rejects(openStore('postgres://user@localhost/news'), usage('PostgreSQL'));
    await assert.rejects(openStore('postgresql://localhost/news'), usage('PostgreSQL'));
  });

  it('refuses other URL schemes rather than creating a file named like a URL', async () => {
    await assert.rejects(openStore('mysql://localhost/news'), usage('mysql://'));
  });
});

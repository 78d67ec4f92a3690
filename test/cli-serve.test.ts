import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, type Served, startServer, storytrace, temporaryDir } from './cli-helpers.js';

/** Writes the demo through the API (refused without the token), reads it back, stops the server. */
async function exercise(server: Served, db: string): Promise<void> {
  const base = await server.listening;
  const demo = fs.readFileSync(path.join(ROOT, 'demo', 'corpus', 'articles.jsonl'));
  const headers = { 'content-type': 'application/x-ndjson' };
  const refused = await fetch(`${base}/articles`, { method: 'POST', body: demo, headers });
  assert.equal(refused.status, 401);
  const added = await fetch(`${base}/articles`, {
    method: 'POST',
    body: demo,
    headers: { ...headers, authorization: 'Bearer tok' },
  });
  assert.equal(added.status, 200);
  assert.equal(((await added.json()) as { added: number }).added, 25);
  const stories = (await (await fetch(`${base}/stories`)).json()) as { total: number };
  assert.equal(stories.total, 6);
  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0, server.stderr());
  const listed = storytrace(['stories', '--db', db, '--json']);
  assert.equal(JSON.parse(listed.stdout).length, 6);
}

describe('storytrace serve', () => {
  it('serves the store over HTTP and, told to stop, stops cleanly with what it was given stored', async () => {
    const db = path.join(temporaryDir(), 'served.db');
    const server = startServer(db, { STORYTRACE_TOKEN: 'tok' });
    try {
      await exercise(server, db);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('takes the options of add that shape what it adds, and refuses bad ones as add does', () => {
    const result = storytrace(['serve', '--workers', 'many', '--port', '0', '--db', ':memory:']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--workers takes a whole number/);
    assert.match(storytrace(['serve', '--help']).stdout, /--window <duration>[\s\S]*--spin-lexicon/);
  });

  it('refuses to listen beyond loopback without a token (exit 2), and says why', () => {
    const result = storytrace(['serve', '--host', '0.0.0.0', '--port', '0', '--db', ':memory:']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /STORYTRACE_TOKEN/);
  });
});

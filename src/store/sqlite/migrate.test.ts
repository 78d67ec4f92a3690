import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { StorytraceError } from '../../errors/index.js';
import { migrate, schemaVersion } from './migrate.js';
import type { Migration } from './migrations.js';

// A made-up schema history, so the runner is tested on more steps than the real schema has yet.
const STEPS: Migration[] = [
  { version: 1, description: 'things', sql: 'CREATE TABLE things (id TEXT PRIMARY KEY)' },
  { version: 2, description: 'a name for things', sql: 'ALTER TABLE things ADD COLUMN name TEXT' },
  { version: 3, description: 'an index on names', sql: 'CREATE INDEX things_by_name ON things (name)' },
];

const columnsOf = (db: Database.Database): string[] =>
  db.prepare<[], string>("SELECT name FROM pragma_table_info('things') ORDER BY cid").pluck().all();

const failsWith = (code: string) => (error: unknown) => {
  assert.ok(error instanceof StorytraceError);
  assert.equal(error.code, code);
  return true;
};

describe('migrate', () => {
  it('applies every step from version 0 in order', () => {
    const db = new Database(':memory:');
    migrate(db, 'test.db', STEPS);
    assert.equal(schemaVersion(db), 3);
    assert.deepEqual(columnsOf(db), ['id', 'name']);
    db.close();
  });

  it('applies only the pending steps, and nothing when up to date', () => {
    const db = new Database(':memory:');
    migrate(db, 'test.db', STEPS.slice(0, 1));
    db.prepare("INSERT INTO things (id) VALUES ('kept')").run();
    migrate(db, 'test.db', STEPS);
    migrate(db, 'test.db', STEPS);
    assert.equal(schemaVersion(db), 3);
    // Step 1 ran once: re-running CREATE TABLE would have failed, and the row survived.
    assert.deepEqual(db.prepare<[], string>('SELECT id FROM things').pluck().all(), ['kept']);
    db.close();
  });

  it('rolls every pending step back when one fails', () => {
    const db = new Database(':memory:');
    migrate(db, 'test.db', STEPS.slice(0, 1));
    const broken = [...STEPS.slice(0, 2), { version: 3, description: 'broken', sql: 'CREATE INDEX x ON nowhere (y)' }];
    assert.throws(() => migrate(db, 'test.db', broken), /nowhere/);
    assert.equal(schemaVersion(db), 1);
    assert.deepEqual(columnsOf(db), ['id']);
    db.close();
  });

  it('refuses a schema newer than the steps it knows', () => {
    const db = new Database(':memory:');
    migrate(db, 'test.db', STEPS);
    assert.throws(() => migrate(db, 'test.db', STEPS.slice(0, 2)), failsWith('STORE_SCHEMA_TOO_NEW'));
    assert.equal(schemaVersion(db), 3);
    db.close();
  });

  it('refuses a list of steps that is not numbered 1, 2, 3, …', () => {
    const db = new Database(':memory:');
    assert.throws(() => migrate(db, 'test.db', [STEPS[0], STEPS[2]] as Migration[]), failsWith('INTERNAL'));
    assert.equal(schemaVersion(db), 0);
    db.close();
  });
});

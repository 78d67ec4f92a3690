import Database from 'better-sqlite3';
import { StorytraceError } from '../../errors/index.js';
import type { Store } from '../types.js';
import { assertStorytraceFile, migrate } from './migrate.js';
import { createSqliteStore } from './sqlite-store.js';

/** How long a connection waits for another process's write lock before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the SQLite store at `path`, or an in-memory one for ':memory:', and brings
 * its schema up to date.
 *
 * Journal: WAL, so readers never block the writer and a commit appends to one file.
 * Sync: FULL. Under WAL, NORMAL already survives a killed process, but a power cut or OS crash may lose
 * the last batches it reported committed; FULL syncs the WAL at each commit so a committed batch is on
 * disk. A batch holds hundreds of rows, so one sync per commit costs little.
 *
 * @throws StorytraceError STORE_OPEN_FAILED (not a SQLite file, not a storytrace store, unreadable path),
 *   STORE_SCHEMA_TOO_NEW (written by a newer storytrace).
 */
export async function openSqliteStore(path: string | ':memory:'): Promise<Store> {
  if (path === '') throw new StorytraceError('STORE_OPEN_FAILED', 'no store path given');
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (Number(db.pragma('foreign_keys', { simple: true })) !== 1) {
      throw new Error('this SQLite build cannot enforce foreign keys');
    }
    assertStorytraceFile(db, path);
    migrate(db, path);
    return createSqliteStore(db, path);
  } catch (error) {
    db?.close();
    if (error instanceof StorytraceError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StorytraceError('STORE_OPEN_FAILED', `cannot open the store ${path}: ${reason}`, { cause: error });
  }
}

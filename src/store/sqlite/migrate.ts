import type BetterSqlite3 from 'better-sqlite3';
import { StorytraceError } from '../../errors/index.js';
import { APPLICATION_ID, MIGRATIONS, type Migration } from './migrations.js';

export function schemaVersion(db: BetterSqlite3.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Refuses a SQLite file that some other program wrote: one that carries a schema version but not our
 * application id, or one with tables but no version. An empty database (version 0, no tables) is ours to fill.
 */
export function assertStorytraceFile(db: BetterSqlite3.Database, path: string): void {
  if (Number(db.pragma('application_id', { simple: true })) === APPLICATION_ID) return;
  const tables = Number(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get());
  if (schemaVersion(db) === 0 && tables === 0) return;
  throw new StorytraceError('STORE_OPEN_FAILED', `${path} is a SQLite database but not a storytrace store`);
}

/**
 * Brings the schema to the latest version: every pending step, and the version after each, in one
 * transaction that takes the write lock first, so a failed step or a second process opening the same
 * file at once leaves the schema whole.
 */
export function migrate(db: BetterSqlite3.Database, path: string, migrations: readonly Migration[] = MIGRATIONS): void {
  migrations.forEach((step, index) => {
    if (step.version !== index + 1) {
      throw new StorytraceError('INTERNAL', `migration ${index + 1} is numbered ${step.version}`);
    }
  });
  const latest = migrations.length;
  const apply = db.transaction(() => {
    const current = schemaVersion(db);
    if (current > latest) {
      throw new StorytraceError(
        'STORE_SCHEMA_TOO_NEW',
        `${path} has schema version ${current}, newer than ${latest}, the latest this storytrace knows; upgrade storytrace`,
      );
    }
    for (const step of migrations.slice(current)) {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }
  });
  apply.immediate();
}

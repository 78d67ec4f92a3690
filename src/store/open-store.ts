import { StorytraceError } from '../errors/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * Opens the store a location names: ':memory:' or a file path for SQLite. A URL is refused with USAGE:
 * PostgreSQL is not yet available, and no other scheme is known.
 */
export async function openStore(location: string): Promise<Store> {
  const scheme = URL_SCHEME.exec(location)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') {
    throw new StorytraceError('USAGE', 'PostgreSQL stores are not yet available; give a file path or :memory:');
  }
  if (scheme !== undefined) {
    throw new StorytraceError('USAGE', `unknown store location ${scheme}://…; give a file path or :memory:`);
  }
  return openSqliteStore(location);
}

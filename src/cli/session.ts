import path from 'node:path';
import { Engine, type EngineOptions } from '../engine/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import type { CliIo } from './io.js';

export const DEFAULT_DB = 'storytrace.db';

/** Where the store is: --db, else $STORYTRACE_DB, else ./storytrace.db. */
export function storeLocation(db: string | undefined, io: CliIo): string {
  const chosen = db ?? io.env.STORYTRACE_DB ?? DEFAULT_DB;
  return chosen === ':memory:' || chosen.includes('://') ? chosen : path.resolve(io.cwd, chosen);
}

/** Opens the store and the engine over it, runs `work`, and always closes the store. */
export async function withEngine<T>(
  location: string,
  work: (engine: Engine, store: Store) => Promise<T>,
  options: Partial<EngineOptions> = {},
): Promise<T> {
  const store = await openStore(location);
  try {
    const engine = await Engine.open(store, options);
    try {
      return await work(engine, store);
    } finally {
      // Workers kept between adds (`keepWorkers`) would keep the process alive.
      await engine.close();
    }
  } finally {
    await store.close();
  }
}

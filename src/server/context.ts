import type { Engine } from '../engine/index.js';
import type { ViewCache } from './view-cache.js';
import type { WritesInFlight } from './writes-in-flight.js';

/** What every route reads: the engine, the writes in flight, the views kept until a write. */
export interface ServerContext {
  engine: Engine;
  writes: WritesInFlight;
  views: ViewCache;
  /** Largest JSON Lines record a POST may hold. */
  maxRecordBytes: number;
}

/** Runs a write, counted while in flight; whatever it changed, the views kept before it are dropped. */
export function write<T>(context: ServerContext, work: () => Promise<T>): Promise<T> {
  return context.writes.run(async () => {
    try {
      return await work();
    } finally {
      context.views.clear();
    }
  });
}

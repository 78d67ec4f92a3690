import type { Engine } from '../engine/index.js';
import type { ViewCache } from './view-cache.js';
import type { WriteQueue } from './write-queue.js';

/** What every route reads: the engine, the queue its writes go through, the views kept until a write. */
export interface ServerContext {
  engine: Engine;
  writes: WriteQueue;
  views: ViewCache;
  /** Largest JSON Lines record a POST may hold. */
  maxRecordBytes: number;
}

/** Runs a write through the queue; whatever it changed, the views kept before it are dropped. */
export function write<T>(context: ServerContext, work: () => Promise<T>): Promise<T> {
  return context.writes.run(async () => {
    try {
      return await work();
    } finally {
      context.views.clear();
    }
  });
}

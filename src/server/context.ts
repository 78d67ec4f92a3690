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

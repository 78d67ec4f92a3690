export { openStore } from './open-store.js';
export { openSqliteStore } from './sqlite/index.js';
export type { Batch, PairRecord, Store, StoreCapabilities, StoredArticle } from './types.js';

export { DEFAULT_ENGINE_OPTIONS, Engine } from './engine.js';
export type { AddOptions, AddSummary, EngineOptions } from './types.js';

export { DEFAULT_ENGINE_OPTIONS, Engine } from './engine.js';
export type { AddOptions, AddSummary, EngineOptions, RemoveOptions, RemoveSummary } from './types.js';

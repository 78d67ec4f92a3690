export { DEFAULT_ENGINE_OPTIONS, Engine } from './engine.js';
export { headline } from './headline.js';
export { withInsights } from './insights.js';
export { articleSays, type StoryView, storyView } from './story-view.js';
export type { AddOptions, AddSummary, EngineOptions, RemoveOptions, RemoveSummary } from './types.js';

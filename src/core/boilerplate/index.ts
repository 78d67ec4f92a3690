export { BoilerplateIndex } from './boilerplate-index.js';
export { lineKey, splitLines } from './lines.js';
export { isKnownBoilerplate } from './patterns.js';
export { type BoilerplateOptions, DEFAULT_BOILERPLATE_OPTIONS, type LineSpan } from './types.js';

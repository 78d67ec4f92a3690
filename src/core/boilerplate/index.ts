export { BoilerplateIndex } from './boilerplate-index.js';
export { isKnownBoilerplate } from './known-patterns.js';
export { lineKey, splitLines } from './lines.js';
export {
  type BoilerplateIndexState,
  type BoilerplateOptions,
  DEFAULT_BOILERPLATE_OPTIONS,
  type LineSpan,
} from './types.js';

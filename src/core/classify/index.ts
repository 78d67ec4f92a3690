export { comparePair, type Direction, type DocumentView, type PairComparison } from './compare.js';
export { pairVerdict } from './pair-verdict.js';
export {
  type ClassifyOptions,
  DEFAULT_CLASSIFY_OPTIONS,
  type PairFeatures,
  type PairVerdict,
} from './types.js';
export { looksLikeSnippetPage, type PageShape, pageShape } from './intrinsic.js';

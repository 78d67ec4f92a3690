export { comparePair, type Direction, type DocumentView, type Lexicon, type PairComparison } from './compare.js';
export { looksLikeSnippetPage, type PageShape, pageShape } from './intrinsic.js';
export { type MachineStyle, machineStyle } from './machine-style.js';
export { pairVerdict } from './pair-verdict.js';
export {
  formatSpinLexicon,
  type LexiconEntry,
  lexiconPhrases,
  parseSpinLexicon,
  type SpinLexicon,
} from './spin-lexicon.js';
export { type SwapPhrase, swapPhrases } from './swap-phrases.js';
export { type TermCounts, termCosine, termCounts } from './term-vector.js';
export {
  type ClassifyOptions,
  DEFAULT_CLASSIFY_OPTIONS,
  type PairFeatures,
  type PairVerdict,
} from './types.js';
export { TextShapes, WeightedTermsMemo } from './weighted-terms-memo.js';
export { phraseKey } from './wording.js';

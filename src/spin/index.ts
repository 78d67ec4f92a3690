export { mulberry32 } from './prng.js';
export { findSpinTargets, type SpinTarget, spin } from './spin.js';
export type { SpinOptions, SpinResult, Substitution, WordNetSynonyms } from './types.js';
export {
  loadRelatedWordings,
  loadWordNet,
  relatedWordingsFromFiles,
  type WordNetFiles,
  type WordNetPos,
  wordNetFromFiles,
} from './wordnet.js';

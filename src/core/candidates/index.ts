export { CandidateIndex, inverseDocumentFrequency } from './candidate-index.js';
export { type Candidate, type CandidateOptions, DEFAULT_CANDIDATE_OPTIONS, type IndexedDocument } from './types.js';

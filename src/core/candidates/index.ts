export { CandidateIndex } from './candidate-index.js';
export { inverseDocumentFrequency, type TermStatistics, TopicMemo } from './topic.js';
export { type Candidate, type CandidateOptions, DEFAULT_CANDIDATE_OPTIONS, type IndexedDocument } from './types.js';

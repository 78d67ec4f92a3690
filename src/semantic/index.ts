export { loadSentenceModel, type SentenceEncoder, type SentenceModelOptions } from './sentence-model.js';

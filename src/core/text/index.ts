export { NUMBER_TOKEN } from './figures.js';
export { combine, hashString, mix32 } from './hash.js';
export { detectLanguage } from './language.js';
export { splitSentences } from './sentences.js';
export { stem, stemHashes } from './stems.js';
export { STOPWORD_HASHES, STOPWORDS } from './stopwords.js';
export { foldWord, tokenize } from './tokens.js';
export type { Span, TokenizedText } from './types.js';

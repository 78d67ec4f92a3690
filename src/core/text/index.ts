export { NUMBER_TOKEN } from './figures.js';
export { combine, FNV_OFFSET, fnvStep, hashString, mix32 } from './hash.js';
export { detectLanguage } from './language.js';
export { splitSentences } from './sentences.js';
export { stem, stemHashes } from './stems.js';
export { STOPWORD_HASHES, STOPWORDS } from './stopwords.js';
export { foldWord, isDigit, lowerAscii, tokenize } from './tokens.js';
export type { Span, TokenizedText } from './types.js';

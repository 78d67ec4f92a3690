export { looksBinaryText } from './decode.js';
export { articlesFromFeed, looksLikeFeed } from './feed.js';
export { articleFromHtml } from './html-article.js';
export { articlesFromJsonArray, articlesFromJsonl } from './jsonl.js';
export { readInputs } from './read-inputs.js';
export { DEFAULT_INGEST_OPTIONS, type IngestedArticle, type IngestItem, type IngestOptions } from './types.js';
export { absoluteHttpUrl } from './urls.js';

export { nonPublicKind } from './addresses.js';
export { articlesFromDocument, type DocumentKind, streamOf } from './documents.js';
export { type FeedPoll, type FeedPollOptions, pollFeed } from './feed-poll.js';
export { DEFAULT_FETCH_OPTIONS, fetchDocument } from './fetcher.js';
export type { Fetched, FetchOptions, Lookup, ResolvedAddress, Validators } from './types.js';
export { ValidatorMemory } from './validators.js';

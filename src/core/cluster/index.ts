export { groupStories } from './stories.js';
export type { LinkedPair, StoryLink } from './types.js';
export { UnionFind } from './union-find.js';

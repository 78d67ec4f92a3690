export { centroidLinkage } from './centroid-linkage.js';
export { groupLinked, groupStories } from './stories.js';
export { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, type LinkedPair, type StoryLink } from './types.js';
export { UnionFind } from './union-find.js';

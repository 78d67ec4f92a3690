export { findAggregates } from './aggregates.js';
export { citedMembers } from './citations.js';
export { derivationEdges, directionOf, swapSides } from './edges.js';
export { key as pairKey, type TracedStory, traceStory } from './trace.js';
export type { ComparedPair, DerivationEdge, StoryMember } from './types.js';

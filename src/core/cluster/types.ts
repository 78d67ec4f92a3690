/** How two compared articles bear on story membership. */
export type StoryLink =
  /** One derives from the other: always one story. */
  | 'derived'
  /**
   * They could report one event (`ClassifyOptions.sameStory`): the two stories they are in are weighed
   * for merging.
   */
  | 'same'
  /** Some likeness: it counts when two stories are weighed, but never joins them by itself. */
  | 'near'
  /** One quotes the other's lede (an aggregator page): joins a story only if it has no other. */
  | 'lede'
  | 'none';

export interface LinkedPair {
  a: string;
  b: string;
  link: StoryLink;
  /** Strength of the link, to pick the story a lede-only article joins. */
  strength: number;
  /** Cosine of the two texts' weighted terms (`storySimilarity`): what weighing two stories sums. */
  similarity: number;
  /** Of a `lede` link: the article that quotes the other's lede. */
  quoter?: 'a' | 'b' | undefined;
}

export interface ClusterOptions {
  /** Similarity from which a pair is a `near` link: below it, a pair counts as nothing alike. */
  countFrom: number;
  /** Likeness of two stories (the cosine of their articles' summed term vectors) from which they are one. */
  joinAt: number;
  /** The extra likeness two settled stories need to merge: each has `settledSize` articles or more. */
  settledMargin: number;
  settledSize: number;
  /**
   * Two stories published further apart than `apartDays` (between their nearest dates) need
   * `apartMargin` more likeness for each doubling of the gap: a company's next launch shares the
   * names of its last recall.
   */
  apartDays: number;
  apartMargin: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  countFrom: 0.1,
  joinAt: 0.2,
  settledMargin: 0.1,
  settledSize: 2,
  apartDays: 7,
  apartMargin: 0.03,
};

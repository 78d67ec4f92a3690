/** How two compared articles bear on story membership. */
export type StoryLink =
  /** Same story: one derives from the other, or they report the same event. */
  | 'same'
  /** One quotes the other's lede (an aggregator page): joins a story only if it has no other. */
  | 'lede'
  | 'none';

export interface LinkedPair {
  a: string;
  b: string;
  link: StoryLink;
  /** Strength of the link, to pick the story a lede-only article joins. */
  strength: number;
}

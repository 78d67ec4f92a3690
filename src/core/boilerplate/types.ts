/** [start, end) character offsets of one line in a text, without its line break. */
export interface LineSpan {
  start: number;
  end: number;
}

export interface BoilerplateOptions {
  /** A line recurring in at least this many mutually unrelated articles is boilerplate. */
  minArticles: number;
  /** Lines with more words than this are article content, never boilerplate by repetition. */
  maxLineWords: number;
  /** Articles without content lines in common are related when they share more than this share of lines. */
  relatedShare: number;
  /** Bound on article pairs compared to judge one line, so a line in thousands of copies stays cheap. */
  maxComparisons: number;
}

export const DEFAULT_BOILERPLATE_OPTIONS: BoilerplateOptions = {
  minArticles: 3,
  maxLineWords: 20,
  relatedShare: 0.5,
  maxComparisons: 2000,
};

/** What a BoilerplateIndex needs to be restored: line-key hashes per article, in the order they were added. */
export interface BoilerplateIndexState {
  version: 1;
  options: BoilerplateOptions;
  articles: Array<{ id: string; keys: number[]; contentKeys: number[] }>;
}

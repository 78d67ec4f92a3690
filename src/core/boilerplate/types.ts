/** A line of a text: [start, end) character offsets, without its newline. */
export interface LineSpan {
  start: number;
  end: number;
}

export interface BoilerplateOptions {
  /** A line must recur in at least this many articles to be boilerplate by repetition. */
  minArticles: number;
  /** Longer lines are article prose, whatever repeats them. */
  maxLineWords: number;
}

export const DEFAULT_BOILERPLATE_OPTIONS: BoilerplateOptions = { minArticles: 3, maxLineWords: 25 };

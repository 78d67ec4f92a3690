import { isKnownBoilerplate } from './known-patterns.js';
import { type KeyedLine, keyedLine, splitLines } from './lines.js';
import {
  type BoilerplateIndexState,
  type BoilerplateOptions,
  DEFAULT_BOILERPLATE_OPTIONS,
  type LineSpan,
} from './types.js';

/** An article as the index keeps it: sorted, distinct hashes of its line keys. */
interface ArticleLines {
  keys: Uint32Array;
  /** Keys of lines longer than maxLineWords: article prose, which can never be boilerplate by repetition. */
  contentKeys: Uint32Array;
}

function keyedLines(text: string): KeyedLine[] {
  return splitLines(text).map(({ start, end }) => keyedLine(text, start, end));
}

function sortedUnique(values: Iterable<number>): Uint32Array {
  return Uint32Array.from(new Set(values)).sort();
}

function sharedCount(left: Uint32Array, right: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    const a = left[i] ?? 0;
    const b = right[j] ?? 0;
    if (a === b) shared++;
    if (a <= b) i++;
    if (b <= a) j++;
  }
  return shared;
}

/**
 * Line keys across articles, to find boilerplate by repetition as well as by the fixed patterns.
 *
 * Why the criterion: a verbatim copy shares every line with its source, so "this line appears in
 * three articles" alone would strip copied text. A line is boilerplate only when it recurs in at
 * least `minArticles` articles that are pairwise *unrelated*: articles that both have prose lines
 * (longer than `maxLineWords`) are related when they share any of them; articles made only of short
 * lines are related when they share more than `relatedShare` of their lines. So a site's footer,
 * repeated under stories that have nothing else in common, is found; the lines of one article and its
 * copies, which always travel together with their prose, are not. A short line (a quote, say) that
 * three unrelated reports carry word for word does count as boilerplate, which only keeps it from
 * serving as evidence that one copies another.
 *
 * Verdicts are cached per key and dropped for the keys of each added or removed article; add() and
 * remove() are incremental.
 */
export class BoilerplateIndex {
  readonly options: BoilerplateOptions;
  readonly #articles = new Map<string, ArticleLines>();
  /**
   * Articles per short-line key hash, in the order they were added (so judgements are deterministic).
   * Most lines are in one article only: that article's id stands alone, without a set around it.
   */
  readonly #holders = new Map<number, string | Set<string>>();
  readonly #verdicts = new Map<number, boolean>();

  constructor(options: Partial<BoilerplateOptions> = {}) {
    this.options = { ...DEFAULT_BOILERPLATE_OPTIONS, ...options };
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.#articles.size;
  }

  has(articleId: string): boolean {
    return this.#articles.has(articleId);
  }

  /** Indexes an article's lines; adding an id again replaces its earlier text. */
  add(articleId: string, text: string): void {
    this.#insert(articleId, this.#articleLines(keyedLines(text)));
  }

  /**
   * Indexes the articles, then gives each one's boilerplate spans as the index then stands: what `add`
   * for each and then `spans` for each give, with each line's key made once.
   */
  addAll(articles: readonly { id: string; text: string }[]): LineSpan[][] {
    const keyed = articles.map(({ id, text }) => {
      const lines = keyedLines(text);
      this.#insert(id, this.#articleLines(lines));
      return lines;
    });
    return articles.map(({ text }, i) => this.#boilerplate(text, keyed[i] ?? []));
  }

  remove(articleId: string): void {
    const lines = this.#articles.get(articleId);
    if (lines === undefined) return;
    this.#articles.delete(articleId);
    for (const hash of lines.keys) {
      const holders = this.#holders.get(hash);
      if (holders === undefined) continue;
      if (typeof holders === 'string') {
        if (holders === articleId) this.#holders.delete(hash);
      } else {
        holders.delete(articleId);
        const [only, ...others] = holders;
        if (only === undefined) this.#holders.delete(hash);
        else if (others.length === 0) this.#holders.set(hash, only);
      }
      this.#verdicts.delete(hash);
    }
  }

  /** Spans of `text` that are boilerplate: known patterns, or lines repeated across unrelated articles. */
  spans(text: string): LineSpan[] {
    return this.#boilerplate(text, keyedLines(text));
  }

  #boilerplate(text: string, lines: readonly KeyedLine[]): LineSpan[] {
    return lines
      .filter((line) => isKnownBoilerplate(text.slice(line.start, line.end)) || this.#isRepeated(line))
      .map(({ start, end }) => ({ start, end }));
  }

  #articleLines(lines: readonly KeyedLine[]): ArticleLines {
    const keyed = lines.filter((line) => line.words > 0);
    return {
      keys: sortedUnique(keyed.map((line) => line.hash)),
      contentKeys: sortedUnique(
        keyed.filter((line) => line.words > this.options.maxLineWords).map((line) => line.hash),
      ),
    };
  }

  /** Plain, JSON-serialisable state; `fromState` rebuilds the same index (same verdicts, same order). */
  toState(): BoilerplateIndexState {
    return {
      version: 1,
      options: { ...this.options },
      articles: [...this.#articles].map(([id, lines]) => ({
        id,
        keys: Array.from(lines.keys),
        contentKeys: Array.from(lines.contentKeys),
      })),
    };
  }

  static fromState(state: BoilerplateIndexState): BoilerplateIndex {
    if (state.version !== 1) throw new Error(`unknown boilerplate index state version ${String(state.version)}`);
    const index = new BoilerplateIndex(state.options);
    for (const article of state.articles) {
      index.#insert(article.id, { keys: sortedUnique(article.keys), contentKeys: sortedUnique(article.contentKeys) });
    }
    return index;
  }

  #insert(articleId: string, lines: ArticleLines): void {
    this.remove(articleId);
    this.#articles.set(articleId, lines);
    const content = new Set(lines.contentKeys);
    for (const hash of lines.keys) {
      if (content.has(hash)) continue;
      const holders = this.#holders.get(hash);
      if (holders === undefined) this.#holders.set(hash, articleId);
      else if (typeof holders !== 'string') holders.add(articleId);
      else if (holders !== articleId) this.#holders.set(hash, new Set([holders, articleId]));
      this.#verdicts.delete(hash);
    }
  }

  #isRepeated({ hash, words }: KeyedLine): boolean {
    if (words === 0 || words > this.options.maxLineWords) return false;
    const holders = this.#holders.get(hash);
    // Too few holders is the common case, and needs no cached verdict.
    if (holders === undefined || typeof holders === 'string' || holders.size < this.options.minArticles) return false;
    let verdict = this.#verdicts.get(hash);
    if (verdict === undefined) {
      verdict = this.#recursInUnrelatedArticles(holders);
      this.#verdicts.set(hash, verdict);
    }
    return verdict;
  }

  /** Greedy search, in insertion order, for `minArticles` pairwise unrelated articles holding the key. */
  #recursInUnrelatedArticles(holders: ReadonlySet<string>): boolean {
    const { minArticles, maxComparisons } = this.options;
    const chosen: ArticleLines[] = [];
    let comparisons = 0;
    for (const id of holders) {
      const lines = this.#articles.get(id);
      if (lines === undefined) continue;
      let unrelated = true;
      for (const other of chosen) {
        comparisons++;
        if (this.#related(other, lines)) {
          unrelated = false;
          break;
        }
      }
      if (unrelated) chosen.push(lines);
      if (chosen.length >= minArticles) return true;
      if (comparisons >= maxComparisons) return false;
    }
    return false;
  }

  #related(left: ArticleLines, right: ArticleLines): boolean {
    if (left.contentKeys.length > 0 && right.contentKeys.length > 0) {
      return sharedCount(left.contentKeys, right.contentKeys) > 0;
    }
    const smaller = Math.min(left.keys.length, right.keys.length);
    return sharedCount(left.keys, right.keys) > this.options.relatedShare * smaller;
  }
}

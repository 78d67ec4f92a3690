import { lineKey, splitLines, wordCount } from './lines.js';
import { isKnownBoilerplate } from './patterns.js';
import { type BoilerplateOptions, DEFAULT_BOILERPLATE_OPTIONS, type LineSpan } from './types.js';

/**
 * Finds boilerplate by repetition: short lines that recur across articles that otherwise share
 * nothing. A verbatim copy repeats every line of its source, so a line counts only if, among the
 * articles holding it, at least two have no other line in common: then it is page furniture of a
 * site or a feed, not text copied with its story.
 */
export class BoilerplateIndex {
  private readonly options: BoilerplateOptions;
  private readonly holders = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, Set<string>>();

  constructor(options: Partial<BoilerplateOptions> = {}) {
    this.options = { ...DEFAULT_BOILERPLATE_OPTIONS, ...options };
  }

  add(articleId: string, text: string): void {
    this.remove(articleId);
    const keys = new Set<string>();
    for (const span of splitLines(text)) {
      const line = text.slice(span.start, span.end);
      const key = lineKey(line);
      if (key === '' || wordCount(line) > this.options.maxLineWords) continue;
      keys.add(key);
    }
    this.keysOf.set(articleId, keys);
    for (const key of keys) {
      const set = this.holders.get(key);
      if (set === undefined) this.holders.set(key, new Set([articleId]));
      else set.add(articleId);
    }
  }

  remove(articleId: string): void {
    const keys = this.keysOf.get(articleId);
    if (keys === undefined) return;
    for (const key of keys) {
      const set = this.holders.get(key);
      set?.delete(articleId);
      if (set?.size === 0) this.holders.delete(key);
    }
    this.keysOf.delete(articleId);
  }

  /** Spans of `text` that are boilerplate: known patterns, or lines repeated across unrelated articles. */
  spans(text: string): LineSpan[] {
    return splitLines(text).filter((span) => {
      const line = text.slice(span.start, span.end);
      return isKnownBoilerplate(line) || this.isRepeatedFurniture(lineKey(line));
    });
  }

  private isRepeatedFurniture(key: string): boolean {
    const holders = this.holders.get(key);
    if (key === '' || holders === undefined || holders.size < this.options.minArticles) return false;
    const ids = [...holders].slice(0, 12);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (!this.shareOtherLine(ids[i] as string, ids[j] as string, key)) return true;
      }
    }
    return false;
  }

  private shareOtherLine(a: string, b: string, except: string): boolean {
    const keysA = this.keysOf.get(a);
    const keysB = this.keysOf.get(b);
    if (keysA === undefined || keysB === undefined) return false;
    for (const key of keysA) if (key !== except && keysB.has(key)) return true;
    return false;
  }
}

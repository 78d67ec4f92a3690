import { diffArrays } from 'diff';
import type { Article, ArticleVerdict, Passage } from '../core/contract/index.js';

/** A [start, end) range of characters in one text. */
export interface Span {
  start: number;
  end: number;
}

/** An aligned passage as drawn on one side: its range, its number, and the words changed inside it. */
export interface MarkedPassage extends Span {
  label: number;
  changed: Span[];
}

/** A passage with the number it is shown under, the same on both sides and for every source. */
export interface LabelledPassage {
  passage: Passage;
  label: number;
}

interface Token extends Span {
  key: string;
}

/** Beyond this many word edits in one passage, marking the changes would cost more than it shows. */
const MAX_EDITS = 500;

function tokensIn(text: string, span: Span): Token[] {
  const pattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
  return [...text.slice(span.start, span.end).matchAll(pattern)].map((m) => ({
    key: m[0].toLowerCase(),
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}

/** Consecutive changed tokens become one span, so "maximum pressure" is marked as one change. */
function runsOf(tokens: Token[]): Span[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first === undefined || last === undefined ? [] : [{ start: first.start, end: last.end }];
}

/**
 * The words that differ between a source range and an article range, as character spans in each
 * text. Case is ignored, as it is for verbatim copies; whitespace never counts as a change.
 */
export function changedSpans(
  sourceText: string,
  sourceSpan: Span,
  articleText: string,
  articleSpan: Span,
): { source: Span[]; article: Span[] } {
  const before = tokensIn(sourceText, sourceSpan);
  const after = tokensIn(articleText, articleSpan);
  const changes = diffArrays(before, after, { comparator: (a, b) => a.key === b.key, maxEditLength: MAX_EDITS });
  const source: Span[] = [];
  const article: Span[] = [];
  if (changes === undefined) return { source, article };
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.removed) {
      source.push(...runsOf(before.slice(i, i + change.count)));
      i += change.count;
    } else if (change.added) {
      article.push(...runsOf(after.slice(j, j + change.count)));
      j += change.count;
    } else {
      i += change.count;
      j += change.count;
    }
  }
  return { source, article };
}

const clamp = (value: number, length: number) => Math.max(0, Math.min(length, Math.floor(value)));

/**
 * Both sides of a side-by-side view: each passage clamped into its text and diffed, then laid out
 * per side in reading order. A passage overlapping an earlier one on a side is left off that side.
 */
export function markPassages(
  passages: readonly LabelledPassage[],
  sourceText: string,
  articleText: string,
): { source: MarkedPassage[]; article: MarkedPassage[] } {
  const source: MarkedPassage[] = [];
  const article: MarkedPassage[] = [];
  for (const { passage: p, label } of passages) {
    const a = { start: clamp(p.start, articleText.length), end: clamp(p.end, articleText.length) };
    const s = { start: clamp(p.sourceStart, sourceText.length), end: clamp(p.sourceEnd, sourceText.length) };
    if (a.end <= a.start && s.end <= s.start) continue;
    const changed = changedSpans(sourceText, s, articleText, a);
    if (a.end > a.start) article.push({ ...a, label, changed: changed.article });
    if (s.end > s.start) source.push({ ...s, label, changed: changed.source });
  }
  const withoutOverlaps = (side: MarkedPassage[]) => {
    side.sort((x, y) => x.start - y.start || x.label - y.label);
    let reached = 0;
    return side.filter((m) => {
      if (m.start < reached) return false;
      reached = m.end;
      return true;
    });
  };
  return { source: withoutOverlaps(source), article: withoutOverlaps(article) };
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Which source each passage points into, numbered in the article's reading order. Passage offsets do
 * not name their source, so for an article with several (an aggregate) each passage goes to the
 * source whose range shares most words with it.
 */
export function passagesBySource(
  verdict: ArticleVerdict,
  articles: ReadonlyMap<string, Article>,
): Map<string, LabelledPassage[]> {
  const sourceIds = [...new Set([...(verdict.source === null ? [] : [verdict.source]), ...verdict.sources])];
  const bySource = new Map<string, LabelledPassage[]>(sourceIds.map((id) => [id, []]));
  const text = articles.get(verdict.id)?.text ?? '';
  const inReadingOrder = [...verdict.evidence.passages].sort(
    (a, b) => a.start - b.start || a.sourceStart - b.sourceStart,
  );
  for (const [index, passage] of inReadingOrder.entries()) {
    const named = (passage as Passage & { source?: unknown }).source;
    let best = typeof named === 'string' && bySource.has(named) ? named : sourceIds[0];
    if (sourceIds.length > 1 && typeof named !== 'string') {
      const words = wordsOf(text.slice(passage.start, passage.end));
      let bestShared = -1;
      for (const id of sourceIds) {
        const sourceWords = wordsOf(articles.get(id)?.text.slice(passage.sourceStart, passage.sourceEnd) ?? '');
        const shared = [...sourceWords].filter((w) => words.has(w)).length;
        if (shared > bestShared) [best, bestShared] = [id, shared];
      }
    }
    if (best !== undefined) bySource.get(best)?.push({ passage, label: index + 1 });
  }
  return bySource;
}

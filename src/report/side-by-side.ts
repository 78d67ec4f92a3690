import type { Article, ArticleVerdict } from '../core/contract/index.js';
import { type Discrepancy, storyInsight } from '../core/facts/index.js';
import { type MarkedPassage, markPassages, passagesBySource, type Span } from './passage-diff.js';

/** A run of one text shown one way: in an aligned passage or not, reworded or not, disputed or not. */
export interface Segment {
  text: string;
  /** The number of the aligned passage the run is in, the same on both sides. */
  passage?: number;
  /** Wording that differs from the other side. */
  changed?: true;
  /** Part of a quotation, figure or date the two versions give differently. */
  differs?: Discrepancy['kind'];
}

/** An article against one of its sources, each text cut into segments a page can show as they are. */
export interface SideBySide {
  article: string;
  source: string;
  /** Aligned passages between the two. */
  passages: number;
  substitutions: [string, string][];
  /** Quotations, figures and dates the two give differently. */
  discrepancies: Discrepancy[];
  sides: { article: Segment[]; source: Segment[] };
}

type Disputed = Span & { kind: Discrepancy['kind'] };

const covering = <T extends Span>(spans: readonly T[], start: number) =>
  spans.find((s) => s.start <= start && start < s.end);

/**
 * `covering` for spans in reading order that do not overlap (passages on one side, their changed
 * words), asked at positions that only grow: each span is passed once, so a long text stays linear.
 */
function sweep<T extends Span>(spans: readonly T[]): (at: number) => T | undefined {
  let next = 0;
  return (at) => {
    while (next < spans.length && (spans[next] as T).end <= at) next++;
    const span = spans[next];
    return span !== undefined && span.start <= at ? span : undefined;
  };
}

/**
 * `text` cut at every edge of its marked passages (in reading order, apart, as `markPassages` lays
 * them out), their changed words and its disputed spans, each run carrying what covers it. Runs that are shown alike are merged; the runs spell `text` exactly.
 */
export function segmentsOf(text: string, marks: readonly MarkedPassage[], disputed: readonly Disputed[]): Segment[] {
  const changed = marks.flatMap((m) => m.changed);
  const edges = new Set([0, text.length]);
  for (const span of [...marks, ...changed, ...disputed]) {
    edges.add(Math.max(0, Math.min(text.length, span.start)));
    edges.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const passageAt = sweep(marks);
  const changedAt = sweep(changed);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? start;
    const passage = passageAt(start)?.label;
    const differs = covering(disputed, start)?.kind;
    const segment: Segment = {
      text: text.slice(start, end),
      ...(passage === undefined ? {} : { passage }),
      ...(passage !== undefined && changedAt(start) !== undefined ? { changed: true as const } : {}),
      ...(differs === undefined ? {} : { differs }),
    };
    const last = segments[segments.length - 1];
    if (last !== undefined && shownAlike(last, segment)) last.text += segment.text;
    else segments.push(segment);
  }
  return segments;
}

const shownAlike = (a: Segment, b: Segment) =>
  a.passage === b.passage && a.changed === b.changed && a.differs === b.differs;

/**
 * The article of `verdict` against `sourceId`: the passages aligned with that source, the words
 * changed inside them, and the quotations, figures and dates the two give differently.
 */
export function sideBySide(verdict: ArticleVerdict, article: Article, source: Article): SideBySide {
  const texts = new Map([
    [article.id, article],
    [source.id, source],
  ]);
  const passages = passagesBySource(verdict, texts).get(source.id) ?? [];
  const marks = markPassages(passages, source.text, article.text);
  const { discrepancies } = storyInsight([
    { id: source.id, text: source.text },
    { id: article.id, text: article.text },
  ]);
  const disputedIn = (id: string): Disputed[] =>
    discrepancies.flatMap((d) => d.versions.filter((v) => v.article === id).map((v) => ({ ...v, kind: d.kind })));
  return {
    article: article.id,
    source: source.id,
    passages: passages.length,
    substitutions: verdict.source === source.id ? verdict.evidence.substitutions : [],
    discrepancies,
    sides: {
      article: segmentsOf(article.text, marks.article, disputedIn(article.id)),
      source: segmentsOf(source.text, marks.source, disputedIn(source.id)),
    },
  };
}

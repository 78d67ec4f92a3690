import type { ArticleVerdict, Evidence, Passage, Report, StorySummary } from '../core/contract/index.js';

/**
 * Rebuilds an object with the contract's keys first, in the contract's order, then any fields the
 * engine added (the contract allows additions), in their own order.
 */
function ordered<T extends object>(value: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (value[key] !== undefined) out[key as string] = value[key];
  for (const [key, field] of Object.entries(value)) if (!(key in out) && field !== undefined) out[key] = field;
  return out;
}

const passage = (p: Passage) => ordered(p, ['start', 'end', 'sourceStart', 'sourceEnd']);

function evidence(e: Evidence): Record<string, unknown> {
  const scores =
    e.scores && Object.fromEntries(Object.entries(e.scores).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return ordered({ ...e, passages: e.passages.map(passage), ...(scores ? { scores } : {}) }, [
    'coverage',
    'passages',
    'substitutions',
    'scores',
  ]);
}

const verdict = (v: ArticleVerdict) =>
  ordered({ ...v, evidence: evidence(v.evidence) }, [
    'id',
    'story',
    'relation',
    'source',
    'sources',
    'confidence',
    'signals',
    'evidence',
  ]);

const story = (s: StorySummary) => ordered(s, ['id', 'title', 'articles', 'original']);

/** The report as the contract's JSON: fixed key order, 2-space indent, trailing newline. */
export function renderJson(report: Report): string {
  const body = ordered({ ...report, articles: report.articles.map(verdict), stories: report.stories.map(story) }, [
    'version',
    'articles',
    'stories',
  ]);
  return `${JSON.stringify(body, null, 2)}\n`;
}

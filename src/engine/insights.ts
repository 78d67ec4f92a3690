import type { Article, Report, StorySummary } from '../core/contract/index.js';
import { creditedSource, creditsItself, storyInsight, type Version } from '../core/facts/index.js';

/** Versions of one story read against each other; a larger story is read through its first ones. */
const MAX_VERSIONS = 12;
/** Stories whose texts are read from the store at once. */
const STORIES_AT_ONCE = 200;
const COPIES = new Set(['verbatim', 'near_verbatim']);

/**
 * The report with what the versions of each story say: its brief, its discrepancies and the claims
 * only one version makes (`storyInsight`); and, where the original credits another outlet, that the
 * true original is not in the corpus. The original is read first, then the others in the order
 * they were added, up to `MAX_VERSIONS`; a story of one article has nothing to compare.
 */
export async function withInsights(
  report: Report,
  read: (ids: readonly string[]) => Promise<ReadonlyMap<string, Article>>,
): Promise<Report> {
  const verdicts = new Map(report.articles.map((v) => [v.id, v]));
  const stories: StorySummary[] = [];
  for (let from = 0; from < report.stories.length; from += STORIES_AT_ONCE) {
    const chunk = report.stories.slice(from, from + STORIES_AT_ONCE);
    const members = chunk.map((story) => versionIds(story));
    const texts = await read(members.flat());
    chunk.forEach((story, i) => {
      const ids = members[i] ?? [];
      const versions = ids.flatMap((id): Version[] => {
        const text = texts.get(id)?.text;
        const verdict = verdicts.get(id);
        // An aggregate page holds other stories' ledes: none of its sentences are this story's claims.
        if (text === undefined || verdict?.relation === 'aggregate') return [];
        const copyOf = verdict && COPIES.has(verdict.relation) ? verdict.source : null;
        return [{ id, text, ...(copyOf === null || copyOf === undefined ? {} : { copyOf }) }];
      });
      const said = versions.length < 2 ? story : { ...story, ...storyInsight(versions) };
      const absent = originalAbsent(story, texts);
      stories.push(absent === undefined ? said : { ...said, originalAbsent: absent });
    });
  }
  return { ...report, stories };
}

function versionIds(story: StorySummary): string[] {
  const rest = story.articles.filter((id) => id !== story.original);
  return [...(story.original === null ? [] : [story.original]), ...rest].slice(0, MAX_VERSIONS);
}

/** The story's original, when its text credits another outlet: the true original is elsewhere. */
function originalAbsent(
  story: StorySummary,
  texts: ReadonlyMap<string, Article>,
): { closest: string; credits: string } | undefined {
  const original = story.original === null ? undefined : texts.get(story.original);
  if (original === undefined) return undefined;
  const credits = creditedSource(original.text);
  return credits === undefined || creditsItself(credits, original.outlet)
    ? undefined
    : { closest: original.id, credits };
}

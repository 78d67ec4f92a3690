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
      const credits = story.original === null ? undefined : creditedSource(texts.get(story.original)?.text ?? '');
      const outlet = story.original === null ? undefined : texts.get(story.original)?.outlet;
      const absent = credits !== undefined && !creditsItself(credits, outlet) && story.original !== null;
      stories.push(absent ? { ...said, originalAbsent: { closest: story.original as string, credits } } : said);
    });
  }
  return { ...report, stories };
}

function versionIds(story: StorySummary): string[] {
  const rest = story.articles.filter((id) => id !== story.original);
  return [...(story.original === null ? [] : [story.original]), ...rest].slice(0, MAX_VERSIONS);
}

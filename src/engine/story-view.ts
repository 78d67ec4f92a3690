import { type Article, type ArticleVerdict, CONTRACT_VERSION, type Report } from '../core/contract/index.js';
import { type ArticleSays, articleFacts, names } from '../core/facts/index.js';
import { StorytraceError } from '../errors/index.js';
import type { Engine } from './engine.js';
import { withInsights } from './insights.js';

/** One story as people browse it: its summary with what its versions say, its verdicts, its texts. */
export interface StoryView {
  story: Report['stories'][number];
  articles: ArticleVerdict[];
  texts: ReadonlyMap<string, Article>;
  /** What each article says, by id. */
  facts: ReadonlyMap<string, ArticleSays>;
}

/**
 * The story `id` with its insights (brief, discrepancies, claims of one version) and, unless `facts` is
 * false, what each of its articles says (the costlier part in a story of hundreds of copies).
 */
export async function storyView(engine: Engine, id: string, facts = true): Promise<StoryView> {
  const found = await engine.story(id);
  if (found === undefined) throw new StorytraceError('NOT_FOUND', `no story ${JSON.stringify(id)}`);
  const { summary, verdicts } = found;
  const texts = await engine.articles(summary.articles);
  const told = await withInsights(
    { version: CONTRACT_VERSION, articles: verdicts, stories: [summary] },
    async () => texts,
  );
  const says = new Map(
    (facts ? summary.articles : []).flatMap((member): [string, ArticleSays][] => {
      const text = texts.get(member)?.text;
      return text === undefined ? [] : [[member, articleSays(text)]];
    }),
  );
  return { story: told.stories[0] ?? summary, articles: verdicts, texts, facts: says };
}

/** What one text says: the names it mentions, its quotations, figures and dates. */
export function articleSays(text: string): ArticleSays {
  return { ...names(text), ...articleFacts(text) };
}

import { articleFacts, names } from '../../core/facts/index.js';
import { type Engine, withInsights } from '../../engine/index.js';
import { StorytraceError } from '../../errors/index.js';
import { type ArticleSays, factLines, renderText } from '../../report/index.js';
import { type CliIo, write } from '../io.js';

export async function listStories(engine: Engine, json: boolean, io: CliIo): Promise<void> {
  const { stories, articles } = await engine.report();
  if (json) {
    write(io.stdout, JSON.stringify(stories, null, 2));
    return;
  }
  const relationOf = new Map(articles.map((a) => [a.id, a.relation]));
  for (const story of stories) {
    const derived = story.articles.filter(
      (id) => !['original', 'independent'].includes(relationOf.get(id) ?? ''),
    ).length;
    write(io.stdout, `${story.id}\t${story.articles.length} articles, ${derived} derived\t${story.title}`);
  }
}

/**
 * One story: its tree, what its versions say (brief, discrepancies, claims of one version), and what
 * each article says (names, quotations, figures, dates); as text, or as JSON.
 */
export async function showStory(engine: Engine, id: string, json: boolean, io: CliIo): Promise<void> {
  const report = await engine.report();
  const summary = report.stories.find((s) => s.id === id);
  if (summary === undefined) throw new StorytraceError('NOT_FOUND', `no story ${JSON.stringify(id)}`);
  const members = new Set(summary.articles);
  const articles = report.articles.filter((a) => members.has(a.id));
  const texts = await engine.articles(summary.articles);
  const one = await withInsights({ version: report.version, articles, stories: [summary] }, async () => texts);
  const story = one.stories[0] ?? summary;
  const says = new Map(
    summary.articles.flatMap((member): [string, ArticleSays][] => {
      const text = texts.get(member)?.text;
      return text === undefined ? [] : [[member, { ...names(text), ...articleFacts(text) }]];
    }),
  );
  if (json) {
    write(io.stdout, JSON.stringify({ story, articles, facts: Object.fromEntries(says) }, null, 2));
    return;
  }
  const facts = [...says].flatMap(([member, said]) => factLines(member, said));
  const text = renderText({ ...one, stories: [story] }, texts);
  write(io.stdout, facts.length === 0 ? text : `${text}\nWhat each article says:\n${facts.join('\n')}\n`);
}

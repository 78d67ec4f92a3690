import type { Engine } from '../../engine/index.js';
import { StorytraceError } from '../../errors/index.js';
import { renderText } from '../../report/index.js';
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

/** One story: its tree as text, or its summary and verdicts as JSON. */
export async function showStory(engine: Engine, id: string, json: boolean, io: CliIo): Promise<void> {
  const report = await engine.report();
  const story = report.stories.find((s) => s.id === id);
  if (story === undefined) throw new StorytraceError('NOT_FOUND', `no story ${JSON.stringify(id)}`);
  const members = new Set(story.articles);
  const articles = report.articles.filter((a) => members.has(a.id));
  if (json) {
    write(io.stdout, JSON.stringify({ story, articles }, null, 2));
    return;
  }
  const texts = await engine.articles(story.articles);
  write(io.stdout, renderText({ version: report.version, articles, stories: [story] }, texts));
}

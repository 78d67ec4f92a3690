import { CONTRACT_VERSION } from '../../core/contract/index.js';
import { type Engine, storyView } from '../../engine/index.js';
import { factLines, renderText } from '../../report/index.js';
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
  const { story, articles, texts, facts } = await storyView(engine, id);
  if (json) {
    write(io.stdout, JSON.stringify({ story, articles, facts: Object.fromEntries(facts) }, null, 2));
    return;
  }
  const lines = [...facts].flatMap(([member, said]) => factLines(member, said));
  const text = renderText({ version: CONTRACT_VERSION, articles, stories: [story] }, texts);
  write(io.stdout, lines.length === 0 ? text : `${text}\nWhat each article says:\n${lines.join('\n')}\n`);
}

import { groupLinked } from '../core/cluster/index.js';
import { type ArticleVerdict, compareIds, type StorySummary } from '../core/contract/index.js';
import { citedMembers, traceStory } from '../core/provenance/index.js';
import type { Store } from '../store/types.js';
import type { ArticleRegistry } from './article-registry.js';
import type { PairGraph } from './pair-graph.js';

/** What a regrouping changes, to commit. */
export interface Retraced {
  verdicts: ArticleVerdict[];
  stories: StorySummary[];
  removedStories: string[];
}

const STORY_COUNTER = 'story_counter';

/**
 * Cuts stories from the pair graph around what changed and traces them again. Verdicts and story
 * summaries live in the store; in memory are only each article's story (in the registry) and the ids
 * of the stories that exist.
 */
export class StoryTracer {
  private readonly stories = new Set<string>();
  /** Stories of articles forgotten since the last trace: they must be traced again. */
  private readonly former = new Set<string>();
  private counter = 0;

  constructor(
    private readonly registry: ArticleRegistry,
    private readonly graph: PairGraph,
    private readonly store: Store,
  ) {}

  /** Reads each article's story and the story counter back from the store. */
  async load(): Promise<void> {
    for (const verdict of await this.store.listVerdicts()) this.registry.joinStory(verdict.id, verdict.story);
    for (const story of await this.store.listStories()) this.stories.add(story.id);
    this.counter = Number((await this.store.getMeta(STORY_COUNTER)) ?? 0);
  }

  get size(): number {
    return this.stories.size;
  }

  /** The state to commit with each batch. */
  meta(): Record<string, string> {
    return { [STORY_COUNTER]: String(this.counter) };
  }

  /** An article is about to be forgotten: its story must be traced again. */
  forgetting(id: string): void {
    const story = this.registry.storyOf(id);
    if (story !== undefined) this.former.add(story);
  }

  /**
   * Regroups the stories around the changed articles, the members of their stories and of the stories
   * of articles forgotten, and traces again those that hold a changed article or lost one. Story ids
   * are stable: a merged story keeps its oldest id.
   */
  async retrace(changed: ReadonlySet<string>): Promise<Retraced> {
    const affected = new Set([...changed].flatMap((id) => this.registry.storyOf(id) ?? []));
    for (const s of this.former) affected.add(s);
    this.former.clear();
    // Read from the store, which is current here: an article is forgotten only once no batch is in flight.
    const members = await Promise.all([...affected].map(async (s) => (await this.store.getStory(s))?.articles ?? []));
    const seeds = [...changed, ...members.flat()].filter((id) => this.registry.isSettled(id));
    const { ids, linked, ends } = this.graph.closure(seeds);
    const { retold, claimed } = this.storiesToTrace(
      groupLinked(ids, linked, ends, (id) => this.registry.publishedOf(id)),
      changed,
      affected,
    );
    await this.registry.readSigns(retold.flatMap(({ group }) => group));
    const memberLists = retold.map(({ group }) => group.map((id) => this.registry.member(id)));
    // A text and the one it credits for its reporting: tracing reads their comparison, whatever it found.
    const citations = memberLists.map((members) => citedMembers(members));
    const cites = (i: number, a: string, b: string) =>
      citations[i]?.get(a)?.includes(b) === true || citations[i]?.get(b)?.includes(a) === true;
    const touching = await this.graph.touching(
      retold.map(({ group }) => group),
      cites,
    );
    const verdicts: ArticleVerdict[] = [];
    const stories: StorySummary[] = [];
    retold.forEach(({ story }, i) => {
      const traced = traceStory(story, memberLists[i] ?? [], touching[i] ?? [], citations[i]);
      verdicts.push(...traced.verdicts);
      stories.push(traced.story);
    });
    const before = new Set([...affected, ...ids.flatMap((id) => this.registry.storyOf(id) ?? [])]);
    const removedStories = [...before].filter((s) => !claimed.has(s) && this.stories.has(s));
    for (const s of removedStories) this.stories.delete(s);
    for (const v of verdicts) this.registry.joinStory(v.id, v.story);
    for (const s of stories) this.stories.add(s.id);
    return { verdicts, stories, removedStories };
  }

  /**
   * Which groups are traced again, under which story ids (`claimed`, with those of the groups left as
   * they were). A group that holds no changed article and is one whole story as before is left as it
   * is; any other takes the oldest story id of its members that no group took before it, else a new one.
   */
  private storiesToTrace(
    groups: readonly string[][],
    changed: ReadonlySet<string>,
    affected: ReadonlySet<string>,
  ): { retold: { story: string; group: string[] }[]; claimed: Set<string> } {
    const retold: { story: string; group: string[] }[] = [];
    const claimed = new Set<string>();
    for (const group of groups) {
      const previous = group.map((id) => this.registry.storyOf(id)).filter((s): s is string => s !== undefined);
      const touched = group.some((id) => changed.has(id)) || previous.some((s) => affected.has(s));
      const sameAsBefore = new Set(previous).size === 1 && previous.length === group.length;
      if (!touched && sameAsBefore) {
        for (const s of previous) claimed.add(s);
        continue;
      }
      const reusable = [...new Set(previous)].filter((s) => !claimed.has(s)).sort(byStoryNumber);
      const story = reusable[0] ?? `s${++this.counter}`;
      claimed.add(story);
      retold.push({ story, group });
    }
    return { retold, claimed };
  }
}

/** Story ids in the order they were made (s2 before s10). */
export function byStoryNumber(x: string, y: string): number {
  return Number(x.slice(1)) - Number(y.slice(1)) || compareIds(x, y);
}

import type { StoryMember } from '../core/provenance/index.js';
import type { Store, StoredArticle } from '../store/types.js';
import { type IntrinsicSigns, intrinsicSigns } from './compute/index.js';
import { headline } from './headline.js';

/** What tracing needs of an article, kept for every article known, its text in memory or not. */
interface ArticleRecord {
  seq: number;
  headline: string;
  outlet: string | undefined;
  /** Milliseconds since the epoch; NaN when the article has no readable publication date. */
  published: number;
  /** Read once from the text; unknown for an article loaded from the store until its story is traced. */
  signs: IntrinsicSigns | undefined;
  /** The story of its verdict; none until its batch is traced. */
  story: string | undefined;
}

/** Signs without a machine style, one object per page shape and language: most records share a few. */
const SHARED = new Map<string, IntrinsicSigns>();

/**
 * Every article known, in two forms. A compact record serves regrouping and tracing for as long as the
 * article is stored. The whole article, text included, is held only while it can still be compared:
 * inside the window, or in a batch not yet committed. An article the window has left is `released`
 * once its batch is committed and read back from the store when a person asks about it. A feed that
 * never stops then keeps in memory the window's texts and a few numbers per article, not every text.
 */
export class ArticleRegistry {
  private readonly records = new Map<string, ArticleRecord>();
  private readonly held = new Map<string, StoredArticle>();
  /** The same articles by number, as comparisons name them. */
  private readonly heldBySeq = new Map<number, StoredArticle>();
  /** Articles of batches not yet traced: known to the index, in no story yet. */
  private readonly inFlight = new Set<string>();
  /** Articles outside the window whose texts are still held, until their batch is committed. */
  private readonly leaving = new Set<string>();

  /** `signsOf` reads an article's signs from its text (default: the intrinsic signs alone). */
  constructor(
    private readonly store: Store,
    private readonly signsOf: (text: string) => IntrinsicSigns = intrinsicSigns,
  ) {}

  has(id: string): boolean {
    return this.records.has(id);
  }

  /** The article with its text, when it is held. */
  whole(id: string): StoredArticle | undefined {
    return this.held.get(id);
  }

  /** The article numbered `seq`, with its text, when it is held. */
  wholeBySeq(seq: number): StoredArticle | undefined {
    return this.heldBySeq.get(seq);
  }

  /** The article with its text, held or read from the store. */
  async read(id: string): Promise<StoredArticle | undefined> {
    if (!this.records.has(id)) return undefined;
    return this.held.get(id) ?? (await this.store.getArticle(id));
  }

  /** Takes in an article: in flight until `settle`d when it comes in a batch, settled when loaded from the store. */
  add(article: StoredArticle, inFlight: boolean): void {
    const published = article.published === undefined ? Number.NaN : Date.parse(article.published);
    this.records.set(article.id, {
      seq: article.seq,
      headline: detached(headline(article)),
      outlet: article.outlet,
      published,
      signs: undefined,
      story: undefined,
    });
    this.held.set(article.id, article);
    this.heldBySeq.set(article.seq, article);
    if (inFlight) this.inFlight.add(article.id);
  }

  /** Its batch is compared: the article may join stories, with the signs its text shows. */
  settle(id: string, signs: IntrinsicSigns | undefined): void {
    this.inFlight.delete(id);
    const record = this.records.get(id);
    if (record !== undefined && signs !== undefined) record.signs = kept(signs);
  }

  isSettled(id: string): boolean {
    return this.records.has(id) && !this.inFlight.has(id);
  }

  /** The window has left the article behind: its text goes at the next `release`. */
  leave(id: string): void {
    if (this.held.has(id)) this.leaving.add(id);
  }

  /**
   * Drops the texts of the articles the window has left whose batches are committed (call it after a
   * commit); returns their ids.
   */
  release(): string[] {
    const released: string[] = [];
    for (const id of this.leaving) {
      if (this.inFlight.has(id)) continue;
      this.leaving.delete(id);
      this.drop(id);
      released.push(id);
    }
    return released;
  }

  /** Drops an article altogether. */
  forget(id: string): void {
    this.drop(id);
    this.records.delete(id);
    this.inFlight.delete(id);
    this.leaving.delete(id);
  }

  private drop(id: string): void {
    const article = this.held.get(id);
    if (article === undefined) return;
    this.held.delete(id);
    this.heldBySeq.delete(article.seq);
  }

  seqOf(id: string): number {
    return this.records.get(id)?.seq ?? 0;
  }

  storyOf(id: string): string | undefined {
    return this.records.get(id)?.story;
  }

  joinStory(id: string, story: string): void {
    const record = this.records.get(id);
    if (record !== undefined) record.story = story;
  }

  /**
   * Makes sure the signs of these articles are known (for `member`): read from the texts held, and
   * from those of released articles read back from the store.
   */
  async readSigns(ids: readonly string[]): Promise<void> {
    const unread = ids.filter((id) => this.records.get(id)?.signs === undefined);
    const released = unread.filter((id) => !this.held.has(id));
    const fetched = released.length === 0 ? [] : await this.store.getArticles(released);
    for (const article of [...unread.flatMap((id) => this.held.get(id) ?? []), ...fetched]) {
      const record = this.records.get(article.id);
      if (record !== undefined) record.signs = kept(this.signsOf(article.text));
    }
  }

  /** When the article was published, in milliseconds since the epoch; NaN when it does not say. */
  publishedOf(id: string): number {
    return this.records.get(id)?.published ?? Number.NaN;
  }

  /** The article as a story member; its signs must be known (`readSigns`). */
  member(id: string): StoryMember {
    const record = this.records.get(id);
    if (record?.signs === undefined) throw new Error(`the signs of ${id} were not read before tracing`);
    return {
      id,
      seq: record.seq,
      headline: record.headline,
      ...record.signs,
      ...(record.outlet === undefined ? {} : { outlet: record.outlet }),
      ...(Number.isNaN(record.published) ? {} : { published: record.published }),
    };
  }
}

/** Signs to keep for as long as the article is stored: shared when plain, else holding nothing of the text. */
function kept(signs: IntrinsicSigns): IntrinsicSigns {
  const style = signs.machineStyle;
  if (signs.attribution !== undefined) {
    const { attribution, ...rest } = signs;
    const { dateline, carries, cites } = attribution;
    return {
      ...kept(rest),
      attribution: {
        ...(dateline === undefined ? {} : { dateline: detached(dateline) }),
        ...(carries === undefined ? {} : { carries: detached(carries) }),
        ...(cites === undefined ? {} : { cites: cites.map(detached) }),
      },
    };
  }
  if (signs.lexiconPhrases !== undefined) {
    const { lexiconPhrases, ...rest } = signs;
    return { ...kept(rest), lexiconPhrases: lexiconPhrases.map((p) => ({ ...p, wording: detached(p.wording) })) };
  }
  if (style === undefined) {
    const key = `${signs.snippetPage} ${signs.language ?? ''}`;
    let shared = SHARED.get(key);
    if (shared === undefined) {
      shared = Object.freeze({ ...signs });
      SHARED.set(key, shared);
    }
    return shared;
  }
  return { ...signs, machineStyle: { ...style, phrases: style.phrases.map(detached) } };
}

/**
 * The same characters in a string of their own: V8 may keep a cut or trimmed string as a view into the
 * string it was cut from, and a headline must not keep a released text in memory.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

import { diffWords } from 'diff';
import { sentenceStems } from '../align/index.js';
import { appendTo } from '../collections/multimap.js';
import { type Span, splitSentences, stemHashes, tokenize } from '../text/index.js';
import { dateMentions, figures } from './quantities.js';
import { quotations } from './quotes.js';
import type {
  ArticleFacts,
  BriefSentence,
  DateMention,
  Discrepancy,
  Figure,
  Mention,
  Quote,
  StoryInsight,
  UniqueClaim,
  Version,
} from './types.js';

/** Sentences alike from this Dice of their content stems say the same thing. */
const SAME_SENTENCE = 0.5;
/** A sentence echoed this much (Dice) in another version is not a claim of its own version only. */
const ECHOED = 0.3;
/** Quotations alike from this Dice of their words are one quotation, however altered. */
const SAME_QUOTE = 0.5;
const BRIEF_SENTENCES = 5;
const MIN_BRIEF_STEMS = 5;
const MIN_CLAIM_STEMS = 6;
const MAX_DISCREPANCIES = 20;
const MAX_CLAIMS = 10;

interface Sentence extends Span {
  version: number;
  index: number;
  stems: Set<number>;
}

/** Each sentence's best match in each other version, by version. */
type SentenceMatches = Map<Sentence, Map<number, Sentence>>;

interface Read {
  version: Version;
  /** The version whose voice this is: a copy speaks with its source's. */
  voice: string;
  sentences: Sentence[];
  facts: ArticleFacts;
}

/** What an article says that versions can disagree on: its quotations, figures and dates. */
export function articleFacts(text: string): ArticleFacts {
  const dates = dateMentions(text);
  return { quotes: quotations(text), figures: figures(text, dates), dates };
}

/**
 * Reads the versions of one story against each other, sentence by sentence: a brief of what most
 * versions say (each sentence with the ids that support it), the quotations, figures and dates that
 * matching sentences give differently, and the claims only one version makes. Copies count with their
 * source as one voice: ten scrapers of one article do not make a claim better supported.
 */
export function storyInsight(versions: readonly Version[]): StoryInsight {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const reads = versions.map(
    (version, v): Read => ({
      version,
      voice: voiceOf(version, byId),
      sentences: sentencesOf(version.text, v),
      facts: articleFacts(version.text),
    }),
  );
  const { matches, echoes } = matchSentences(reads);
  return {
    brief: brief(reads, matches),
    discrepancies: discrepancies(reads, matches, echoes),
    uniqueClaims: uniqueClaims(reads, echoes),
  };
}

function voiceOf(version: Version, byId: ReadonlyMap<string, Version>): string {
  let voice = version;
  const seen = new Set<string>();
  while (voice.copyOf !== undefined && !seen.has(voice.id)) {
    seen.add(voice.id);
    const source = byId.get(voice.copyOf);
    if (source === undefined) break;
    voice = source;
  }
  return voice.id;
}

/** A text's sentences with content, each with its distinct content stems (the text is tokenized once). */
function sentencesOf(text: string, version: number): Sentence[] {
  const tokens = tokenize(text, []);
  const spans = splitSentences(text);
  const terms = sentenceStems({ stems: stemHashes(text, tokens), starts: tokens.starts, sentences: spans });
  return spans
    .map((span, index) => {
      const stems = terms.stems.subarray(terms.offsets[index] ?? 0, terms.offsets[index + 1] ?? 0);
      return { ...span, version, index, stems: new Set(stems) };
    })
    .filter((sentence) => sentence.stems.size > 0);
}

function contentStems(text: string): Set<number> {
  const tokens = tokenize(text, []);
  return new Set([...stemHashes(text, tokens)].filter((s) => s !== 0));
}

function dice(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

/**
 * For each sentence, its best match in every other version (keyed by version), from `ECHOED` on; the
 * `matches` are those from `SAME_SENTENCE` on. Each pair of versions is scored once, both ways.
 */
function matchSentences(reads: readonly Read[]): { matches: SentenceMatches; echoes: SentenceMatches } {
  const best = new Map<Sentence, Map<number, { sentence: Sentence; score: number }>>();
  for (const read of reads) for (const s of read.sentences) best.set(s, new Map());
  const offer = (s: Sentence, version: number, t: Sentence, score: number) => {
    const known = best.get(s)?.get(version);
    if (score >= ECHOED && (known === undefined || score > known.score))
      best.get(s)?.set(version, { sentence: t, score });
  };
  for (let i = 0; i < reads.length; i++) {
    for (let j = i + 1; j < reads.length; j++) {
      const theirs = reads[j]?.sentences ?? [];
      // Shared stems counted through an index of j's sentences: most sentence pairs share none.
      const postings = new Map<number, number[]>();
      theirs.forEach((t, k) => {
        for (const stem of t.stems) appendTo(postings, stem, k);
      });
      const shared = new Uint16Array(theirs.length);
      for (const s of reads[i]?.sentences ?? []) {
        shared.fill(0);
        for (const stem of s.stems) for (const k of postings.get(stem) ?? []) shared[k] = (shared[k] ?? 0) + 1;
        theirs.forEach((t, k) => {
          const count = shared[k] ?? 0;
          if (count === 0) return;
          const score = (2 * count) / (s.stems.size + t.stems.size);
          offer(s, j, t, score);
          offer(t, i, s, score);
        });
      }
    }
  }
  const matches: SentenceMatches = new Map();
  const echoes: SentenceMatches = new Map();
  for (const [s, found] of best) {
    echoes.set(s, new Map([...found].map(([v, m]) => [v, m.sentence])));
    matches.set(s, new Map([...found].filter(([, m]) => m.score >= SAME_SENTENCE).map(([v, m]) => [v, m.sentence])));
  }
  return { matches, echoes };
}

function supporters(s: Sentence, matches: SentenceMatches): number[] {
  return [s.version, ...(matches.get(s)?.keys() ?? [])].sort((x, y) => x - y);
}

function voices(versions: readonly number[], reads: readonly Read[]): number {
  return new Set(versions.map((v) => reads[v]?.voice)).size;
}

function brief(reads: readonly Read[], matches: SentenceMatches): BriefSentence[] {
  const allVoices = new Set(reads.map((r) => r.voice)).size;
  const needed = Math.max(1, Math.ceil(allVoices / 2));
  const candidates = reads
    .flatMap((r) => r.sentences)
    .filter((s) => s.stems.size >= MIN_BRIEF_STEMS)
    .map((s) => ({ s, support: supporters(s, matches) }))
    .map((c) => ({ ...c, voices: voices(c.support, reads) }))
    .filter((c) => c.voices >= needed)
    // Most supported first; then the earlier version and the earlier sentence.
    .sort((x, y) => y.voices - x.voices || x.s.version - y.s.version || x.s.index - y.s.index);
  const picked: typeof candidates = [];
  for (const c of candidates) {
    if (picked.length >= BRIEF_SENTENCES) break;
    if (picked.some((p) => dice(p.s.stems, c.s.stems) >= SAME_SENTENCE)) continue;
    picked.push(c);
  }
  return picked
    .sort((x, y) => x.s.version - y.s.version || x.s.index - y.s.index)
    .map(({ s, support }) => ({
      text: textOf(reads, s).trim(),
      from: reads[s.version]?.version.id ?? '',
      supportedBy: support.map((v) => reads[v]?.version.id ?? ''),
    }));
}

function textOf(reads: readonly Read[], m: Span & { version: number }): string {
  return reads[m.version]?.version.text.slice(m.start, m.end) ?? '';
}

function inside<T extends Mention>(items: readonly T[], span: Span): T[] {
  return items.filter((m) => m.start >= span.start && m.end <= span.end);
}

/**
 * Quotations are compared in sentences that say the same thing; figures and dates in sentences that
 * echo each other (`echoes`): a report written from a headline alone words its sentences its own way,
 * and its invented casualty count sits in a sentence about the same thing.
 */
function discrepancies(reads: readonly Read[], matches: SentenceMatches, echoes: SentenceMatches): Discrepancy[] {
  const found: Discrepancy[] = [];
  const seen = new Set<string>();
  const add = (kind: Discrepancy['kind'], a: [Read, Mention], b: [Read, Mention], changes?: Discrepancy['changes']) => {
    const key = `${kind}\u0000${normalised(a[1].text)}\u0000${normalised(b[1].text)}`;
    if (seen.has(key) || found.length >= MAX_DISCREPANCIES) return;
    seen.add(key);
    const side = ([read, m]: [Read, Mention]) => ({
      article: read.version.id,
      text: m.text,
      start: m.start,
      end: m.end,
    });
    found.push({ kind, versions: [side(a), side(b)], ...(changes === undefined ? {} : { changes }) });
  };
  for (const [i, read] of reads.entries()) {
    for (const s of read.sentences) {
      for (const [j, t] of matches.get(s) ?? []) {
        // Each pair of sentences once, from the earlier version.
        if (j < i) continue;
        const other = reads[j] as Read;
        for (const [q, r] of sameQuotes(inside(read.facts.quotes, s), inside(other.facts.quotes, t))) {
          if (normalised(q.text) !== normalised(r.text))
            add('quote', [read, q], [other, r], wordChanges(q.text, r.text));
        }
      }
      for (const [j, t] of echoes.get(s) ?? []) {
        if (j < i) continue;
        const other = reads[j] as Read;
        disagreements(
          inside(counted(read.facts.figures), s),
          inside(counted(other.facts.figures), t),
          unitOf,
          amountOf,
          (a, b) => add('figure', [read, a], [other, b]),
        );
        disagreements(inside(read.facts.dates, s), inside(other.facts.dates, t), kindOf, keyOf, (a, b) =>
          add('date', [read, a], [other, b]),
        );
      }
    }
  }
  return found;
}

const counted = (figures: Figure[]) => figures.filter((f) => f.unit !== '');
const unitOf = (f: Figure) => f.unit;
const amountOf = (f: Figure) => String(f.value);
const kindOf = (d: DateMention) => d.key.split(' ')[0] ?? '';
const keyOf = (d: DateMention) => d.key;

/**
 * For each kind of thing both sentences name (a unit, a kind of date), the first of each side when they
 * share no value of it: "1,200 people" against "1,500 people"; "Monday" against "Tuesday".
 */
function disagreements<T extends Mention>(
  mine: readonly T[],
  theirs: readonly T[],
  kind: (m: T) => string,
  value: (m: T) => string,
  report: (a: T, b: T) => void,
): void {
  for (const group of new Set(mine.map(kind))) {
    const a = mine.filter((m) => kind(m) === group);
    const b = theirs.filter((m) => kind(m) === group);
    if (b.length === 0 || a.some((m) => b.some((n) => value(m) === value(n)))) continue;
    report(a[0] as T, b[0] as T);
  }
}

/**
 * The quotations two matching sentences share. One in each is one quotation, however much a spinner
 * changed it; several are paired by their words.
 */
function sameQuotes(mine: readonly Quote[], theirs: readonly Quote[]): [Quote, Quote][] {
  if (mine.length === 1 && theirs.length === 1) return [[mine[0] as Quote, theirs[0] as Quote]];
  const theirStems = theirs.map((r) => contentStems(r.text));
  return mine.flatMap((q): [Quote, Quote][] => {
    const stems = contentStems(q.text);
    const best = theirs.findIndex((_, k) => dice(stems, theirStems[k] ?? new Set()) >= SAME_QUOTE);
    return best === -1 ? [] : [[q, theirs[best] as Quote]];
  });
}

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s"“”'’.,;:!?]+/g, ' ')
    .trim();
}

function wordChanges(before: string, after: string): { removed: string; added: string }[] {
  const changes: { removed: string; added: string }[] = [];
  let removed = '';
  for (const part of diffWords(before, after, { ignoreCase: true })) {
    if (part.removed) removed += part.value;
    else if (part.added) {
      changes.push({ removed: removed.trim(), added: part.value.trim() });
      removed = '';
    } else if (removed !== '') {
      changes.push({ removed: removed.trim(), added: '' });
      removed = '';
    }
  }
  if (removed !== '') changes.push({ removed: removed.trim(), added: '' });
  return changes;
}

function uniqueClaims(reads: readonly Read[], matches: SentenceMatches): UniqueClaim[] {
  if (new Set(reads.map((r) => r.voice)).size < 2) return [];
  const claims: UniqueClaim[] = [];
  for (const read of reads) {
    // A copy's sentences are its source's claims, or a few added words.
    if (read.voice !== read.version.id) continue;
    for (const s of read.sentences) {
      if (claims.length >= MAX_CLAIMS) return claims;
      const support = supporters(s, matches);
      if (voices(support, reads) > 1) continue;
      const specific =
        inside(read.facts.figures, s).length +
          inside(read.facts.dates, s).length +
          inside(read.facts.quotes, s).length >
        0;
      if (!specific && s.stems.size < MIN_CLAIM_STEMS * 2) continue;
      if (s.stems.size < MIN_CLAIM_STEMS) continue;
      claims.push({ article: read.version.id, text: textOf(reads, s).trim(), start: s.start, end: s.end });
    }
  }
  return claims;
}

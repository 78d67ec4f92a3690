/**
 * Deterministic benchmark mutants of real articles: the kinds of copy the candidate index must find.
 * Every choice comes from one seeded generator, so a seed and the same articles give the same corpus.
 */
import { findSpinTargets, mulberry32, spin, type WordNetSynonyms } from '../src/spin/index.js';

export const MUTATION_KINDS = [
  'exact',
  'truncated',
  'boilerplate',
  'case',
  'spin5',
  'spin10',
  'spin20',
  'spin30',
  'shuffled',
  'lede',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** Share of all words a spin mutant replaces by WordNet synonyms. */
const SPIN_SHARE: Partial<Record<MutationKind, number>> = { spin5: 0.05, spin10: 0.1, spin20: 0.2, spin30: 0.3 };
export const LEDE_WORDS = 50;
/** Other articles' ledes around the embedded one. */
export const PAGE_LEDES = 9;

export interface SourceArticle {
  id: string;
  text: string;
}

export interface Mutant {
  id: string;
  kind: MutationKind;
  /** Id of the article it was made from. */
  source: string;
  text: string;
  /** Share of the source's words replaced (spin mutants; 0 otherwise). */
  substituted: number;
}

export interface MutateOptions {
  seed: number;
  wordnet: WordNetSynonyms;
  /** Ledes of articles outside the benchmark, the filler of lede pages (PAGE_LEDES per page). */
  fillerLedes: readonly string[];
}

// Site furniture written for this benchmark: navigation, sharing, newsletter and copyright lines.
const HEADERS = [
  'Home | News | World | Business | Politics | Technology | Sport',
  'Skip to main content',
  'Breaking news, analysis and opinion from our newsroom',
  'You are here: Home > News > Latest',
];
const FOOTERS = [
  'Share this article: Facebook Twitter LinkedIn Email',
  'Sign up for our free daily newsletter and never miss a story.',
  'Copyright 2024 The Daily Example Media Group. All rights reserved.',
  'Related stories: More from this section',
  'Comments are closed for this article.',
  'Advertisement',
];

type Random = () => number;

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g;

/** The text up to the end of its `count`-th word (all of it when shorter). */
export function firstWords(text: string, count: number): string {
  let end = text.length;
  let seen = 0;
  for (const m of text.matchAll(WORD)) {
    if (++seen === count) {
      end = m.index + m[0].length;
      break;
    }
  }
  return text.slice(0, end);
}

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Paragraphs: blank-line separated (BBC) or indented after a line break (Reuters wire copy). */
function paragraphs(text: string): string[] {
  return text
    .split(/\n(?:[ \t]*\n|[ \t]{2,})/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Paragraphs in a new order; sentences when there is only one paragraph. Never the original order. */
function shuffled(text: string, random: Random): string {
  const parts = paragraphs(text);
  const units = parts.length >= 2 ? parts : sentences(text);
  if (units.length < 2) return text;
  let order = shuffle(units, random);
  while (order.every((u, i) => u === units[i])) order = shuffle(units, random);
  return order.join('\n\n');
}

function truncated(text: string, random: Random): string {
  const words = wordCount(text);
  return firstWords(text, Math.max(1, Math.round(words * (0.4 + random() * 0.4))));
}

function withBoilerplate(text: string, random: Random): string {
  const header = shuffle(HEADERS, random).slice(0, 1 + Math.floor(random() * 2));
  const footer = shuffle(FOOTERS, random).slice(0, 2 + Math.floor(random() * 3));
  return [...header, '', text, '', ...footer].join('\n');
}

function caseMangled(text: string, random: Random): string {
  if (random() < 0.5) return text.toLowerCase();
  return text.replace(/[A-Za-z][A-Za-z']*/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}

/**
 * Replaces about `share` of all words by WordNet synonyms. The spinner's rate applies to the words it
 * can replace (content words with synonyms), so it is scaled up from the share of all words.
 */
function spun(
  text: string,
  share: number,
  random: Random,
  wordnet: WordNetSynonyms,
): Pick<Mutant, 'text' | 'substituted'> {
  const words = wordCount(text);
  const replaceable = findSpinTargets(text, wordnet).reduce((n, t) => n + wordCount(t.wording), 0);
  const rate = replaceable === 0 ? 0 : Math.min(1, (share * words) / replaceable);
  const result = spin(text, { rate, seed: Math.floor(random() * 2 ** 32) }, wordnet);
  const replaced = result.substitutions.reduce((n, [from]) => n + wordCount(from), 0);
  return { text: result.text, substituted: words === 0 ? 0 : replaced / words };
}

function ledePage(text: string, random: Random, nextFiller: () => string): string {
  const page = Array.from({ length: PAGE_LEDES }, nextFiller);
  page.splice(Math.floor(random() * (PAGE_LEDES + 1)), 0, firstWords(text, LEDE_WORDS));
  return page.join('\n\n');
}

interface Context {
  random: Random;
  wordnet: WordNetSynonyms;
  nextFiller: () => string;
}

function mutateOne(article: SourceArticle, kind: MutationKind, { random, wordnet, nextFiller }: Context): Mutant {
  const base = { id: `${article.id}~${kind}`, kind, source: article.id, substituted: 0 };
  const share = SPIN_SHARE[kind];
  if (share !== undefined) return { ...base, ...spun(article.text, share, random, wordnet) };
  switch (kind) {
    case 'exact':
      return { ...base, text: article.text };
    case 'truncated':
      return { ...base, text: truncated(article.text, random) };
    case 'boilerplate':
      return { ...base, text: withBoilerplate(article.text, random) };
    case 'case':
      return { ...base, text: caseMangled(article.text, random) };
    case 'shuffled':
      return { ...base, text: shuffled(article.text, random) };
    default:
      return { ...base, text: ledePage(article.text, random, nextFiller) };
  }
}

/**
 * One mutant of every kind per article, in article order. Lede pages take the filler ledes in turn, so
 * no two pages share one while there are enough.
 */
export function mutants(articles: readonly SourceArticle[], options: MutateOptions): Mutant[] {
  let filler = 0;
  const context: Context = {
    random: mulberry32(options.seed),
    wordnet: options.wordnet,
    nextFiller: () => options.fillerLedes[filler++ % options.fillerLedes.length] ?? '',
  };
  return articles.flatMap((article) => MUTATION_KINDS.map((kind) => mutateOne(article, kind, context)));
}

/**
 * An endless, deterministic news feed for scale benchmarks, with no third-party text: pseudo-words
 * drawn Zipf-like from a fixed vocabulary, each story with its own rare names, and the mix of a real
 * feed: new stories, copies, spun copies and other outlets' reports of a recent story.
 */
import { mulberry32 } from '../src/spin/prng.js';

export type SyntheticKind = 'original' | 'copy' | 'spun' | 'report';

export interface SyntheticArticle {
  id: string;
  kind: SyntheticKind;
  published: string;
  title: string;
  text: string;
}

export interface FeedOptions {
  seed: number;
  /** Articles a day: publication times advance by 1/perDay of a day each. */
  perDay: number;
  /** Mean words per article. */
  words: number;
}

export const DEFAULT_FEED: FeedOptions = { seed: 7, perDay: 2000, words: 250 };

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'sa', 'lu', 'dor', 'vi', 'ne', 'pa', 'sho', 'gri', 'an', 'tel', 'bo', 'zu'];
// Ranks are drawn log-uniformly, as word frequencies fall off in news (Zipf): a few hundred words make
// half of all text and most of a vocabulary this size turns up rarely, like the names and numbers of real news.
const VOCABULARY = 200_000;
/** Recent articles a copy or a report can draw on. */
const RECENT = 3_000;
const START = Date.UTC(2026, 0, 1);

function pseudoWord(n: number): string {
  let word = '';
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return word;
}

/** The feed, one article at a time, for as long as it is read. */
export function* syntheticFeed(options: FeedOptions = DEFAULT_FEED): Generator<SyntheticArticle> {
  const random = mulberry32(options.seed);
  const vocabulary = Array.from({ length: VOCABULARY }, (_, i) => pseudoWord(i + 1));
  // Zipf-like: rank ~ exp(uniform * ln V), so rank r is drawn with probability ~ 1/r.
  const commonWord = () => vocabulary[Math.floor(Math.exp(random() * Math.log(VOCABULARY))) - 1] ?? 'ka';
  const recent: { story: number; text: string }[] = [];
  let stories = 0;
  for (let n = 0; ; n++) {
    const roll = random();
    const base = recent[Math.floor(random() * recent.length)];
    let kind: SyntheticKind = 'original';
    if (base !== undefined && roll < 0.15) kind = 'copy';
    else if (base !== undefined && roll < 0.25) kind = 'spun';
    else if (base !== undefined && roll < 0.35) kind = 'report';
    const story = kind === 'original' || base === undefined ? stories++ : base.story;
    let text: string;
    if (kind === 'copy' && base !== undefined) text = copyOf(base.text);
    else if (kind === 'spun' && base !== undefined) text = spunFrom(base.text);
    else text = written(story);
    recent.push({ story, text });
    if (recent.length > RECENT) recent.shift();
    const published = new Date(START + (n * 86_400_000) / options.perDay).toISOString();
    yield { id: `syn${n}`, kind, published, title: `Story ${story}: ${text.slice(0, 40)}`, text };
  }

  function names(story: number): string[] {
    return Array.from({ length: 8 }, (_, i) => `${pseudoWord(VOCABULARY + story * 8 + i)}`);
  }

  function written(story: number): string {
    const own = names(story);
    const sentences: string[] = [];
    let words = 0;
    const target = options.words * (0.5 + random());
    while (words < target) {
      const length = 8 + Math.floor(random() * 14);
      const sentence = Array.from({ length }, () =>
        random() < 0.12 ? (own[Math.floor(random() * own.length)] ?? 'ka') : commonWord(),
      );
      words += length;
      sentences.push(`${capitalised(sentence.join(' '))}.`);
    }
    return paragraphs(sentences);
  }

  function copyOf(text: string): string {
    const cut = random() < 0.5 ? text : text.slice(0, Math.max(200, Math.floor(text.length * (0.5 + random() / 2))));
    return random() < 0.5 ? cut : `${cut}\n\nRead more at the original site.`;
  }

  function spunFrom(text: string): string {
    return text.replace(/[a-z]+/g, (word) => (random() < 0.2 ? commonWord() : word));
  }

  function paragraphs(sentences: string[]): string {
    const out: string[] = [];
    for (let i = 0; i < sentences.length; i += 4) out.push(sentences.slice(i, i + 4).join(' '));
    return out.join('\n\n');
  }
}

function capitalised(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

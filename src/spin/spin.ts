import { mulberry32 } from './prng.js';
import type { SpinOptions, SpinResult, Substitution, WordNetSynonyms } from './types.js';
import { MIN_WORD_LENGTH, matchCase, pluralize, STOPWORDS, singularForms } from './wording.js';

/** A stretch of text the spinner may replace: one word, or a WordNet collocation such as "prime minister". */
export interface SpinTarget {
  start: number;
  end: number;
  wording: string;
  candidates: readonly string[];
  sentenceInitial: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const LONGEST_COLLOCATION = 3;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function isSentenceInitial(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/["'“‘(\s]+$/, '');
  return before === '' || /[.!?:\n]$/.test(before) || /\n\s*$/.test(text.slice(0, start));
}

/** A letter run glued to an apostrophe ("don't", "council's") is a fragment, not a word to replace. */
function isFragment(text: string, word: Word): boolean {
  return /['’]/.test(text.charAt(word.start - 1));
}

function singleWordCandidates(word: string, wordnet: WordNetSynonyms): readonly string[] {
  const lower = word.toLowerCase();
  if (lower.length < MIN_WORD_LENGTH || STOPWORDS.has(lower)) return [];
  const direct = wordnet.synonyms(word);
  if (direct.length > 0) return direct;
  for (const singular of singularForms(word)) {
    const found = wordnet.synonyms(singular);
    if (found.length > 0) return found.map(pluralize);
  }
  return [];
}

function collocationAt(text: string, words: Word[], i: number, wordnet: WordNetSynonyms): SpinTarget | undefined {
  for (let size = LONGEST_COLLOCATION; size >= 2; size--) {
    const span = words.slice(i, i + size);
    const first = span[0];
    const last = span[span.length - 1];
    if (span.length < size || first === undefined || last === undefined) continue;
    if (span.some((w, k) => k > 0 && text.slice(span[k - 1]?.end, w.start) !== ' ')) continue;
    if (STOPWORDS.has(first.text.toLowerCase()) || STOPWORDS.has(last.text.toLowerCase())) continue;
    const wording = text.slice(first.start, last.end);
    const candidates = wordnet.synonyms(wording);
    if (candidates.length > 0) {
      return { start: first.start, end: last.end, wording, candidates, sentenceInitial: false };
    }
  }
  return undefined;
}

/** Every replaceable stretch, left to right, collocations taking precedence over their words. */
export function findSpinTargets(text: string, wordnet: WordNetSynonyms): SpinTarget[] {
  const words = wordsOf(text);
  const targets: SpinTarget[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined || isFragment(text, word)) continue;
    const collocation = collocationAt(text, words, i, wordnet);
    if (collocation !== undefined) {
      targets.push(collocation);
      while (i + 1 < words.length && (words[i + 1]?.start ?? Infinity) < collocation.end) i++;
      continue;
    }
    const candidates = singleWordCandidates(word.text, wordnet);
    if (candidates.length > 0) {
      const sentenceInitial = isSentenceInitial(text, word.start);
      targets.push({ start: word.start, end: word.end, wording: word.text, candidates, sentenceInitial });
    }
  }
  return targets;
}

/**
 * The words that actually differ: "vehicle traffic" → "vehicular traffic" is listed as "vehicle" →
 * "vehicular". A side is never trimmed to nothing ("open" → "open up" stays whole).
 */
function changedCore(from: string, to: string): Substitution {
  const a = from.split(' ');
  const b = to.split(' ');
  const same = (x: string | undefined, y: string | undefined) => x !== undefined && x === y;
  while (a.length > 1 && b.length > 1 && same(a[0], b[0])) {
    a.shift();
    b.shift();
  }
  while (a.length > 1 && b.length > 1 && same(a[a.length - 1], b[b.length - 1])) {
    a.pop();
    b.pop();
  }
  return [a.join(' '), b.join(' ')];
}

/**
 * Spins a text the way a content farm does: each replaceable word or collocation is swapped, with
 * probability `rate`, for a WordNet synonym of its most frequent sense, whatever the context.
 * Everything else (punctuation, whitespace, numbers) is kept byte for byte.
 */
export function spin(text: string, options: SpinOptions, wordnet: WordNetSynonyms): SpinResult {
  const random = mulberry32(options.seed);
  const substitutions: Substitution[] = [];
  let spun = '';
  let cursor = 0;
  for (const target of findSpinTargets(text, wordnet)) {
    if (random() >= options.rate) continue;
    const pick = target.candidates[Math.floor(random() * target.candidates.length)] ?? target.wording;
    const replacement = matchCase(target.wording, pick, target.sentenceInitial);
    spun += text.slice(cursor, target.start) + replacement;
    cursor = target.end;
    substitutions.push(changedCore(target.wording, replacement));
  }
  return { text: spun + text.slice(cursor), substitutions };
}

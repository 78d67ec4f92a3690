import { appendTo } from '../collections/multimap.js';
import type { DocumentView } from './compare.js';
import { onlySpacesBetween, phraseKey, withinTwoEdits, wordAt, wording } from './wording.js';

/**
 * A two-word phrase of one text that another text words otherwise, one of its words swapped for a
 * thesaurus neighbour: "synthetic intelligence" where the other says "artificial intelligence".
 */
export interface SwapPhrase {
  /** The phrase as the text has it. */
  wording: string;
  /** The phrase as the other text has it. */
  usual: string;
  /** Character offsets of the phrase in the text. */
  start: number;
  end: number;
  /**
   * How much rarer (IDF) the text's word is than the other's: a spinner swaps the usual word for an
   * unusual one, so its swaps are rarer and the other text's, read the other way, commoner.
   */
  rarity: number;
}

/** A word shorter than this is an initial or a fragment ("Series E round"), not a word a spinner swaps. */
const MIN_LETTERS = 3;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
/** Phrases reported for one pair at most: a spinner's output runs to dozens, evidence needs a few. */
const MAX_PHRASES = 64;

/**
 * The phrases of content words in A that B never uses but words with one of them swapped for a thesaurus
 * neighbour, the word A swapped in appearing nowhere in B and the word B uses nowhere in A: what a
 * synonym spinner leaves in a text, found without aligning it to its source. Spinners swap words out of
 * their collocations ("machine studying"), so a story's other reports, which keep them, show the swaps
 * even when the spinner's source is not among them. Independent reports choose other words now and then;
 * `traceStory` counts a phrase only when several reports word it the usual way.
 */
export function swapPhrases(
  a: DocumentView,
  b: DocumentView,
  related: (x: string, y: string) => boolean,
  weight: (stem: number) => number,
): SwapPhrase[] {
  const other = contentBigrams(b);
  const inB = new Set(b.tokens.hashes);
  const inA = new Set(a.tokens.hashes);
  const { hashes } = a.tokens;
  const found = new Map<string, SwapPhrase>();
  const rarity = (i: number, j: number) => weight(a.stems[i] ?? 0) - weight(b.stems[j] ?? 0);
  const swap = (mine: string, usual: string) =>
    mine.length >= MIN_LETTERS && usual.length >= MIN_LETTERS && !sameWord(mine, usual) && related(mine, usual);
  for (let i = 0; i + 1 < a.tokens.count && found.size < MAX_PHRASES; i++) {
    if (!phraseAt(a, i)) continue;
    const first = hashes[i] ?? 0;
    const second = hashes[i + 1] ?? 0;
    if (other.pairs.has(pairKey(first, second))) continue;
    // A's first word swapped: B has (x, second) where A has (first, second).
    for (const j of other.bySecond.get(second) ?? []) {
      const swapped = b.tokens.hashes[j] ?? 0;
      if (inA.has(swapped) || inB.has(first) || !swap(lower(a, i), lower(b, j))) continue;
      record(found, a, i, `${lower(b, j)} ${lower(a, i + 1)}`, rarity(i, j));
    }
    // A's second word swapped: B has (first, y).
    for (const j of other.byFirst.get(first) ?? []) {
      const swapped = b.tokens.hashes[j] ?? 0;
      if (inA.has(swapped) || inB.has(second) || !swap(lower(a, i + 1), lower(b, j))) continue;
      record(found, a, i, `${lower(a, i)} ${lower(b, j)}`, rarity(i + 1, j));
    }
  }
  return [...found.values()];
}

function record(found: Map<string, SwapPhrase>, a: DocumentView, i: number, usual: string, rarity: number): void {
  const start = a.tokens.starts[i] ?? 0;
  const end = a.tokens.ends[i + 1] ?? start;
  const text = wording(a, i, i + 2);
  const key = phraseKey(text);
  if (!found.has(key)) found.set(key, { wording: text, usual, start, end, rarity });
}

/** B's phrases, and for each word the positions of its partners on either side. */
function contentBigrams(b: DocumentView): {
  pairs: Set<string>;
  byFirst: Map<number, number[]>;
  bySecond: Map<number, number[]>;
} {
  const pairs = new Set<string>();
  const byFirst = new Map<number, number[]>();
  const bySecond = new Map<number, number[]>();
  const { hashes } = b.tokens;
  for (let j = 0; j + 1 < b.tokens.count; j++) {
    if (!phraseAt(b, j)) continue;
    const first = hashes[j] ?? 0;
    const second = hashes[j + 1] ?? 0;
    const key = pairKey(first, second);
    if (pairs.has(key)) continue;
    pairs.add(key);
    appendTo(byFirst, first, j + 1);
    appendTo(bySecond, second, j);
  }
  return { pairs, byFirst, bySecond };
}

function pairKey(first: number, second: number): string {
  return `${first} ${second}`;
}

/**
 * Two spellings or forms of one word ("organisation", "organization"; "industrial", "industrialized"):
 * one begins with the other, or they are two edits apart. Not a swap.
 */
export function sameWord(x: string, y: string): boolean {
  if (x.startsWith(y) || y.startsWith(x)) return true;
  return withinTwoEdits(x, y);
}

/**
 * Words k and k + 1 make a phrase a spinner could have altered: two content words, side by side with
 * nothing but spaces between (not across a clause break), neither a figure nor a single letter.
 */
function phraseAt(view: DocumentView, k: number): boolean {
  const { stop, starts, ends } = view.tokens;
  if (stop[k] === 1 || stop[k + 1] === 1) return false;
  return onlySpacesBetween(view.text, ends[k] ?? 0, starts[k + 1] ?? 0) && plainWord(view, k) && plainWord(view, k + 1);
}

function plainWord(view: DocumentView, k: number): boolean {
  const start = view.tokens.starts[k] ?? 0;
  const end = view.tokens.ends[k] ?? 0;
  if (end - start < 2) return false;
  for (let c = start; c < end; c++) {
    const code = view.text.charCodeAt(c);
    if (code >= DIGIT_0 && code <= DIGIT_9) return false;
  }
  return true;
}

function lower(view: DocumentView, k: number): string {
  return wordAt(view, k).toLowerCase();
}

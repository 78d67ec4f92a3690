import type { SwapPhrase } from '../classify/index.js';
import type { ArticleVerdict } from '../contract/types.js';
import type { ComparedPair } from './types.js';

/**
 * Distinct word swaps that make a text spun: each seen against at least two other reports of the
 * story, or all against one. Reporters choose their own words now and then ("chief" for "boss"); a
 * spinner swaps a dozen in a few paragraphs.
 */
const MIN_SWAPS_CONFIRMED = 3;
const MIN_SUPPORT = 2;
const MIN_SWAPS_ONE_REPORT = 6;

interface Swap {
  /** The phrases showing the swap, by the text's wording (lower-cased). */
  phrases: Map<string, SwapPhrase>;
  supporters: Set<string>;
}

/**
 * The phrases of `id` another report of its story words otherwise, one word swapped for a thesaurus
 * neighbour, and the phrases of a spin lexicon it holds (`known`: each swap was confirmed in some spun
 * pair), when they add up to a spinner's work: the trace of a spun text whose source is not in the
 * corpus. Empty when they do not.
 */
export function swappedPhrases(
  id: string,
  pairs: readonly ComparedPair[],
  known: readonly SwapPhrase[] = [],
): SwapPhrase[] {
  const swaps = new Map<string, Swap>();
  let mostFromOne = 0;
  for (const pair of pairs) {
    const mine = pair.a === id ? pair.comparison.ab : pair.b === id ? pair.comparison.ba : undefined;
    const other = pair.a === id ? pair.b : pair.a;
    const fromThis = new Set<string>();
    for (const phrase of mine?.swapPhrases ?? []) {
      const key = swapKey(phrase);
      fromThis.add(key);
      let swap = swaps.get(key);
      if (swap === undefined) {
        swap = { phrases: new Map(), supporters: new Set() };
        swaps.set(key, swap);
      }
      swap.supporters.add(other);
      keepFirst(swap.phrases, phrase);
    }
    mostFromOne = Math.max(mostFromOne, fromThis.size);
  }
  const lexicon = new Set(known.map(swapKey));
  const confirmed = [...swaps].filter(([key, s]) => s.supporters.size >= MIN_SUPPORT && !lexicon.has(key));
  const manyFromOne = mostFromOne >= MIN_SWAPS_ONE_REPORT;
  const chosen = confirmed.length + lexicon.size >= MIN_SWAPS_CONFIRMED ? confirmed : manyFromOne ? [...swaps] : [];
  // Between a spun text and another rewrite of its source the swaps show both ways: the spinner's side
  // carries the rarer words.
  let fromPairs = chosen.flatMap(([, s]) => [...s.phrases.values()]);
  if (fromPairs.reduce((sum, p) => sum + p.rarity, 0) <= 0) fromPairs = [];
  const swapCount = lexicon.size + new Set(fromPairs.map(swapKey)).size;
  if (swapCount < MIN_SWAPS_CONFIRMED && !(manyFromOne && fromPairs.length > 0)) return [];
  const phrases = new Map<string, SwapPhrase>();
  for (const phrase of [...known, ...fromPairs]) keepFirst(phrases, phrase);
  return [...phrases.values()].sort(
    (x, y) => x.start - y.start || (x.wording < y.wording ? -1 : x.wording > y.wording ? 1 : 0),
  );
}

/** Keeps, for each wording, its first occurrence (the smaller usual wording among equals). */
function keepFirst(phrases: Map<string, SwapPhrase>, phrase: SwapPhrase): void {
  const wording = phrase.wording.toLowerCase();
  const known = phrases.get(wording);
  if (known === undefined || phrase.start < known.start || (phrase.start === known.start && phrase.usual < known.usual))
    phrases.set(wording, phrase);
}

/** A spun text with no source in the corpus, told by its swapped phrases; undefined without them. */
export function spinPhrasesVerdict(
  storyId: string,
  id: string,
  pairs: readonly ComparedPair[],
  known: readonly SwapPhrase[] = [],
): ArticleVerdict | undefined {
  const phrases = swappedPhrases(id, pairs, known);
  if (phrases.length === 0) return undefined;
  return {
    id,
    story: storyId,
    relation: 'spun',
    source: null,
    sources: [],
    confidence: Math.round(Math.min(0.9, 0.55 + 0.05 * phrases.length) * 1000) / 1000,
    signals: ['spin_phrases', 'source_not_in_corpus'],
    evidence: {
      coverage: 0,
      passages: [],
      substitutions: phrases.map((p): [string, string] => [p.usual, p.wording]),
      scores: { spinPhrases: phrases.length },
      spinPhrases: phrases.map(({ wording, usual, start, end }) => ({ wording, usual, start, end })),
    },
  };
}

/** The word swapped: the one word in which the text's phrase and the usual one differ ("synthetic→artificial"). */
function swapKey(phrase: SwapPhrase): string {
  const mine = phrase.wording.toLowerCase().split(/\s+/);
  const usual = phrase.usual.split(/\s+/);
  const at = mine.findIndex((word, i) => word !== usual[i]);
  return `${mine[at] ?? ''}\u0000${usual[at] ?? ''}`;
}

import type { SwapPhrase } from './swap-phrases.js';

/** A spinner's phrases, lower-cased ("synthetic intelligence"), each with the usual phrase it replaced. */
export type SpinLexicon = ReadonlyMap<string, string>;

/** One learned entry: how many confirmed spun articles showed it. */
export interface LexiconEntry {
  wording: string;
  usual: string;
  articles: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * A lexicon file: one entry a line, the spun phrase, a tab, the usual phrase, and optionally a tab and
 * a count; blank lines and lines starting with # are skipped. Throws on a line that is none of these,
 * naming it, since a lexicon read wrongly would flag articles silently.
 */
export function parseSpinLexicon(text: string): SpinLexicon {
  const lexicon = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [wording, usual] = raw.split('\t').map((field) => field.trim());
    if (!wording || !usual || words(wording).length !== 2) {
      throw new Error(
        `line ${index + 1}: expected "two-word spun phrase<TAB>usual phrase", got ${JSON.stringify(raw)}`,
      );
    }
    lexicon.set(words(wording).join(' '), usual);
  });
  return lexicon;
}

/** Entries as a lexicon file: most often seen first, then alphabetically. */
export function formatSpinLexicon(entries: readonly LexiconEntry[]): string {
  const sorted = [...entries].sort(
    (x, y) => y.articles - x.articles || (x.wording < y.wording ? -1 : x.wording > y.wording ? 1 : 0),
  );
  const header = '# storytrace spin lexicon: spun phrase, usual phrase, confirmed spun articles showing it\n';
  return header + sorted.map((e) => `${e.wording}\t${e.usual}\t${e.articles}\n`).join('');
}

/** The lexicon's phrases in a text, each once, with where it first is. */
export function lexiconPhrases(text: string, lexicon: SpinLexicon): SwapPhrase[] {
  if (lexicon.size === 0) return [];
  const found = new Map<string, SwapPhrase>();
  let previous: { word: string; start: number } | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const start = match.index ?? 0;
    if (previous !== undefined) {
      const phrase = `${previous.word} ${word}`;
      const usual = lexicon.get(phrase);
      if (usual !== undefined && !found.has(phrase)) {
        const end = start + match[0].length;
        found.set(phrase, { wording: text.slice(previous.start, end), usual, start: previous.start, end, rarity: 0 });
      }
    }
    previous = { word, start };
  }
  return [...found.values()];
}

function words(phrase: string): string[] {
  return [...phrase.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

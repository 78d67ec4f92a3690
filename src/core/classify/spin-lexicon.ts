import { tokenize } from '../text/index.js';
import type { SwapPhrase } from './swap-phrases.js';
import { onlySpacesBetween, phraseKey } from './wording.js';

/** A spinner's phrases, lower-cased ("synthetic intelligence"), each with the usual phrase it replaced. */
export type SpinLexicon = ReadonlyMap<string, string>;

/** One learned entry: how many confirmed spun articles showed it. */
export interface LexiconEntry {
  wording: string;
  usual: string;
  articles: number;
}

/**
 * A lexicon file: one entry a line, the spun phrase, a tab, the usual phrase, and optionally a tab and
 * a count of articles; blank lines and lines starting with # are skipped. Phrases are two words, as
 * `storytrace lexicon` writes them, and are matched case-blind. Throws on any other line, naming it,
 * since a lexicon read wrongly would flag articles silently.
 */
export function parseSpinLexicon(text: string): SpinLexicon {
  const lexicon = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const [wording = '', usual = '', count, ...rest] = raw.split('\t').map((field) => field.trim());
    const valid =
      twoWords(wording) && twoWords(usual) && rest.length === 0 && (count === undefined || /^\d+$/.test(count));
    if (!valid) {
      throw new Error(
        `line ${index + 1}: expected "spun phrase<TAB>usual phrase[<TAB>count]", two words a phrase, got ${JSON.stringify(raw)}`,
      );
    }
    lexicon.set(phraseKey(wording), phraseKey(usual));
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

/**
 * The lexicon's phrases in a text, each once, with where it first is: two words of the text side by
 * side (only spaces between), as the engine splits words, compared case-blind.
 */
export function lexiconPhrases(text: string, lexicon: SpinLexicon): SwapPhrase[] {
  if (lexicon.size === 0) return [];
  const { count, starts, ends } = tokenize(text, []);
  const found = new Map<string, SwapPhrase>();
  for (let k = 0; k + 1 < count; k++) {
    const start = starts[k] ?? 0;
    const end = ends[k + 1] ?? 0;
    if (!onlySpacesBetween(text, ends[k] ?? 0, starts[k + 1] ?? 0)) continue;
    const wording = text.slice(start, end);
    const key = phraseKey(wording);
    const usual = lexicon.get(key);
    if (usual !== undefined && !found.has(key)) found.set(key, { wording, usual, start, end, rarity: 0 });
  }
  return [...found.values()];
}

function twoWords(phrase: string): boolean {
  return phrase.split(/\s+/).filter(Boolean).length === 2;
}

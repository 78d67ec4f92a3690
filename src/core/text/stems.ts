import { hashString } from './hash.js';
import { foldWord } from './tokens.js';
import type { TokenizedText } from './types.js';

/**
 * A light suffix stripper (plural, -ing, -ed, -ly): enough for "signs"/"signed"/"signing" to meet
 * when comparing rewrites, cheap enough to run on every content word. Not a linguistic stemmer.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("'s")) return stem(word.slice(0, -2));
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('ly') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/** Stem hash of each token (0 for stopwords and one-letter words): the vocabulary of content comparison. */
export function stemHashes(text: string, tokens: TokenizedText): Uint32Array {
  const out = new Uint32Array(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.stop[i] === 1) continue;
    const start = tokens.starts[i] ?? 0;
    const end = tokens.ends[i] ?? 0;
    if (end - start < 2) continue;
    out[i] = hashString(stem(foldWord(text.slice(start, end)))) || 1;
  }
  return out;
}

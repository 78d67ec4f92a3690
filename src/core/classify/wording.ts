import type { DocumentView } from './compare.js';

const SPACE = 32;
const TAB = 9;

/** The text of words [from, to) of a view, as written. */
export function wording(view: DocumentView, from: number, to: number): string {
  return view.text.slice(view.tokens.starts[from] ?? 0, view.tokens.ends[to - 1] ?? 0);
}

/** The text of word k of a view, as written. */
export function wordAt(view: DocumentView, k: number): string {
  return wording(view, k, k + 1);
}

/**
 * Whether text[from, to) is one or more spaces or tabs and nothing else: two words side by side in one
 * phrase, not across a clause break. Read by character code, as every word pair of a text is checked.
 */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

/** A phrase as phrases are compared: lower case, one space between its words. */
export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

/** Whether two words are at most two edits apart (Levenshtein). */
export function withinTwoEdits(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 2) return false;
  // Levenshtein distance by rows, stopped as soon as a whole row exceeds 2.
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > 2) return false;
    previous = row;
  }
  return (previous[y.length] ?? 0) <= 2;
}

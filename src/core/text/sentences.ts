import type { Span } from './types.js';

// Words after which a point does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt gen col lt sgt capt gov sen rep rev hon pres inc ltd co corp bros ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc approx est dept univ fig ave blvd'
  ).split(' '),
);

function endsWithAbbreviation(text: string, pointIndex: number): boolean {
  let start = pointIndex;
  while (start > 0 && /[A-Za-z.]/.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, pointIndex);
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "U.N"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentence spans of a text: a line break ends a sentence, and so does . ! or ? (with closing quotes or
 * brackets) followed by space and a capital, digit or opening quote, unless the point ends an
 * abbreviation or an initial. Spans are trimmed and never empty.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text.charAt(j))) j++;
    if (j >= text.length || !/[ \t]/.test(text.charAt(j))) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text.charAt(k))) k++;
    if (k < text.length && !/["“‘'(\p{Lu}\p{N}]/u.test(text.charAt(k))) continue;
    if (c === '.' && endsWithAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

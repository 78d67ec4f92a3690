import { isKnownBoilerplate } from '../boilerplate/index.js';

/**
 * Signs a text carries by itself, with no source to compare with: the shape of an aggregator or tag
 * page (headlines and cut-off snippets) rather than an article. Used when the page's sources are not in
 * the corpus, and to tell an aggregator quoting one lede from an article that shares a sentence.
 */
const CUT_OFF = /(…|\.\.\.)\s*$|\[(…|\.\.\.)\]/;
const CONTINUE = /^(continue reading|read more|read full (story|article)|more from)\b/i;
const TERMINAL = /[.!?:"”’)]\s*$/;

export interface PageShape {
  words: number;
  lines: number;
  /** Lines ending like a sentence. */
  sentences: number;
  /** Lines cut off with an ellipsis or standing for a link to the rest. */
  snippets: number;
  /** Short lines with no closing punctuation: headlines. */
  headlines: number;
}

export function pageShape(text: string): PageShape {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let words = 0;
  let snippets = 0;
  let headlines = 0;
  let sentences = 0;
  let kept = 0;
  let previousCut = false;
  for (const line of lines) {
    const link = CONTINUE.test(line);
    // Page furniture ("Link copied", "This is a developing story…") says nothing of the page's shape.
    if (!link && isKnownBoilerplate(line)) continue;
    // "Read full article" under a cut-off line links that same snippet.
    if (link && previousCut) continue;
    const cut = link || CUT_OFF.test(line);
    previousCut = cut;
    kept++;
    const count = line.split(/\s+/).length;
    words += count;
    if (TERMINAL.test(line)) sentences++;
    if (cut) snippets++;
    else if (count >= 3 && count <= 16 && !TERMINAL.test(line)) headlines++;
  }
  return { words, lines: kept, sentences, snippets, headlines };
}

/** A page of headlines and snippets, not an article. */
export function looksLikeSnippetPage(shape: PageShape): boolean {
  if (shape.words === 0) return false;
  // Several cut-off snippets; or one, on a page no longer than a lede (longer, it is a teaser of the
  // page's own article, as feeds and syndication pages show them).
  if (shape.words <= 150 && shape.snippets > 1) return true;
  if (shape.words <= 80 && shape.snippets === 1) return true;
  if (shape.words <= 40 && shape.sentences === 0) return true; // a bare headline or caption listing
  return shape.words <= 600 && shape.headlines >= 3 && shape.headlines / shape.lines >= 0.6;
}

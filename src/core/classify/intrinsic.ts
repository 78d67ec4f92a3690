import { isKnownBoilerplate } from '../boilerplate/index.js';
import { NUMBER_TOKEN } from '../text/index.js';

/**
 * Signs a text carries by itself, with no source to compare with: the shape of an aggregator or tag
 * page (headlines and cut-off snippets) rather than an article. Used when the page's sources are not in
 * the corpus, and to tell an aggregator quoting one lede from an article that shares a sentence.
 */
const CUT_OFF = /(…|\.\.\.)\s*$|\[(…|\.\.\.)\]/;
const CONTINUE = /^(continue reading|read more|read full (story|article)|more from)\b/i;
const TERMINAL = /[.!?:"”’)]\s*$/;
/** A line that stops here stops mid-sentence: on a comma, a hyphen, or a word that cannot end one. */
const OPEN_ENDED =
  /([,;\-–]|\b(the|a|an|and|or|but|of|in|on|to|for|with|at|by|from|as|its|their|his|her|that|which|who|said))$/;
/**
 * A line that starts here goes on with the sentence above it. Not a figure: rows of a table and
 * numbered headlines start with one.
 */
const CONTINUES = /^[a-z(<]/;
/** A sentence ending inside a line: a paragraph whose last sentence lost its full stop is still prose. */
const SENTENCE_INSIDE = /[a-z)][.!?]\s+[A-Z]/;

export interface PageShape {
  words: number;
  lines: number;
  /** Lines ending like a sentence. */
  sentences: number;
  /** Lines cut off with an ellipsis or standing for a link to the rest. */
  snippets: number;
  /** Short lines with no closing punctuation: headlines. */
  headlines: number;
  /** Lines of figures (two numbers, or numbers a third of the words): a table, when most lines are. */
  figures: number;
}

/**
 * The text's lines with hard-wrapped prose joined back into its sentences: wire copy wrapped at 65
 * columns is otherwise a column of short lines with no closing punctuation, the shape of a headline list.
 */
export function unwrappedLines(text: string): string[] {
  const lines: string[] = [];
  let previous = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const joins = previous !== '' && line !== '' && !TERMINAL.test(previous);
    if (joins && (CONTINUES.test(line) || OPEN_ENDED.test(previous))) {
      previous = `${previous} ${line}`;
      lines[lines.length - 1] = previous;
    } else {
      lines.push(line);
      previous = line;
    }
  }
  return lines.filter(Boolean);
}

export function pageShape(text: string): PageShape {
  const lines = unwrappedLines(text);
  let words = 0;
  let snippets = 0;
  let headlines = 0;
  let sentences = 0;
  let figures = 0;
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
    const tokens = line.split(/\s+/);
    words += tokens.length;
    const numbers = tokens.filter((t) => NUMBER_TOKEN.test(t)).length;
    if (numbers >= 2 || numbers >= tokens.length * 0.3) figures++;
    if (TERMINAL.test(line) || SENTENCE_INSIDE.test(line)) sentences++;
    if (cut) snippets++;
    else if (tokens.length >= 3 && tokens.length <= 16 && !TERMINAL.test(line) && numbers < 2) headlines++;
  }
  return { words, lines: kept, sentences, snippets, headlines, figures };
}

/** A page of headlines and snippets, not an article. */
export function looksLikeSnippetPage(shape: PageShape): boolean {
  if (shape.words === 0) return false;
  // Results, dividends, quotas: a table of figures is a data item, not a page of other articles.
  if (shape.lines >= 3 && shape.figures * 2 >= shape.lines) return false;
  // Several cut-off snippets; or one, on a page no longer than a lede (longer, it is a teaser of the
  // page's own article, as feeds and syndication pages show them).
  if (shape.words <= 150 && shape.snippets > 1) return true;
  if (shape.words <= 80 && shape.snippets === 1) return true;
  if (shape.words <= 40 && shape.sentences === 0) return true; // a bare headline or caption listing
  return shape.words <= 600 && shape.headlines >= 3 && shape.headlines / shape.lines >= 0.6;
}

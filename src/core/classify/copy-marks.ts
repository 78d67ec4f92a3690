import type { Alignment } from '../align/index.js';
import type { DocumentView } from './compare.js';
import { withinTwoEdits, wordAt } from './wording.js';

/** How a copy's words differ from its source's where they align, beyond what matching folds away. */
export interface CopyMarks {
  /** Share of A's exactly aligned words written in another case ("OVAL OFFICE", "oval office"). */
  caseChanged: number;
  /**
   * One-word substitutions one or two letters apart that are not forms of one word: typos, or another
   * spelling of the word ("organisation").
   */
  typos: number;
}

/** Shortest word counted as a typo: shorter ones are one edit from many other words. */
const TYPO_MIN_LETTERS = 4;

/**
 * Reads the marks of a copy made by hand or by a careless pipeline: words matched case-blind but cased
 * otherwise (a blog repost in lower case, a page in capitals) and words misspelt. Matching folds case
 * and accents so that such a copy still aligns; these marks say it was altered all the same.
 */
export function copyMarks(alignment: Alignment, a: DocumentView, b: DocumentView): CopyMarks {
  let matched = 0;
  let recased = 0;
  for (const passage of alignment.passages) {
    for (const run of passage.runs) {
      for (let k = 0; k < run.length; k++) {
        const mine = wordAt(a, run.i + k);
        const theirs = wordAt(b, run.j + k);
        matched++;
        if (mine !== theirs && mine.toLowerCase() === theirs.toLowerCase()) recased++;
      }
    }
  }
  let typos = 0;
  for (const s of alignment.substitutions) {
    if (s.aEnd - s.aStart !== 1 || s.bEnd - s.bStart !== 1) continue;
    const mine = wordAt(a, s.aStart).toLowerCase();
    const theirs = wordAt(b, s.bStart).toLowerCase();
    if (mine.length < TYPO_MIN_LETTERS || theirs.length < TYPO_MIN_LETTERS || /\d/.test(mine + theirs)) continue;
    // Another form of the word ("reports", "reported") is an edit of the sentence, not a misspelling.
    if (formsOfOneWord(mine, theirs)) continue;
    if (withinTwoEdits(mine, theirs)) typos++;
  }
  return { caseChanged: matched === 0 ? 0 : recased / matched, typos };
}

/** "report", "reports", "reported"; "voted", "votes"; "said", "says": one word inflected otherwise. */
function formsOfOneWord(x: string, y: string): boolean {
  if (x.startsWith(y) || y.startsWith(x)) return true;
  if (x.slice(0, -2) === y.slice(0, -2)) return true;
  const base = (word: string) => word.replace(/(ing|ed|es|s|d)$/, '').replace(/e$/, '');
  return base(x) === base(y);
}

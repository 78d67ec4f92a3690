import fs from 'node:fs';
import {
  formatSpinLexicon,
  type LexiconEntry,
  parseSpinLexicon,
  phraseKey,
  type SpinLexicon,
  swapPhrases,
} from '../../core/classify/index.js';
import { documentView } from '../../engine/documents.js';
import type { Engine } from '../../engine/index.js';
import { StorytraceError } from '../../errors/index.js';
import { loadRelatedWordings } from '../../spin/index.js';

/**
 * The spin lexicon the store has confirmed: for each article the report calls spun with a source in the
 * corpus, its two-word phrases the source words otherwise, a word swapped for a WordNet neighbour
 * ("synthetic intelligence" for "artificial intelligence"). Spinners reuse their thesaurus, so these
 * phrases find their other output, even where its source is not in the corpus (`--spin-lexicon`).
 */
export async function learnSpinLexicon(engine: Engine): Promise<string> {
  const report = await engine.report();
  const spun = report.articles.filter((a) => a.relation === 'spun' && a.source !== null);
  const texts = await engine.articles([...new Set(spun.flatMap((a) => [a.id, a.source ?? '']))]);
  const related = loadRelatedWordings();
  const entries = new Map<string, LexiconEntry>();
  for (const verdict of spun) {
    const copy = texts.get(verdict.id)?.text;
    const source = texts.get(verdict.source ?? '')?.text;
    if (copy === undefined || source === undefined) continue;
    // One phrase per wording (`swapPhrases` keeps each once): each article counts once an entry.
    for (const phrase of swapPhrases(documentView(copy, []), documentView(source, []), related, () => 1)) {
      const wording = phraseKey(phrase.wording);
      const entry = entries.get(wording) ?? { wording, usual: phrase.usual, articles: 0 };
      entry.articles++;
      entries.set(wording, entry);
    }
  }
  // A copy traced the wrong way round swaps back: a phrase seen at least as often the other way is no
  // spinner's.
  const kept = [...entries.values()].filter((e) => (entries.get(e.usual)?.articles ?? 0) < e.articles);
  return formatSpinLexicon(kept);
}

/** A lexicon file for `--spin-lexicon`, or a usage error naming the file and the line. */
export function readSpinLexicon(file: string): SpinLexicon {
  try {
    return parseSpinLexicon(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StorytraceError('USAGE', `--spin-lexicon ${file}: ${(error as Error).message}`);
  }
}

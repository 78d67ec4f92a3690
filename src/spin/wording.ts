/** Word-level helpers for the spinner: which words it skips, plural forms and capitalisation. */

// Function words and auxiliaries: spinners leave them alone, since their "synonyms" are noise.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although among an and another any are around as at be
  because been before being below between both but by can could did do does doing down during each either
  else even ever every few for from further had has have having he her here hers herself him himself his
  how however if in into is it its itself just least less many may might more most much must my myself
  neither no nor not now of off often on once only or other our ours ourselves out over own per rather
  same she should since so some such than that the their theirs them themselves then there these they
  this those though through thus to too under until up upon very was we were what when where whether
  which while who whom whose why will with within without would yet you your yours yourself
  said says say told week year years today yesterday tomorrow monday tuesday wednesday thursday friday
  saturday sunday`.split(/\s+/),
);

export const MIN_WORD_LENGTH = 4;

/** Candidate singulars of a plural-looking word, most specific rule first. */
export function singularForms(word: string): string[] {
  if (word.length <= MIN_WORD_LENGTH || !word.endsWith('s') || word.endsWith('ss')) return [];
  const forms: string[] = [];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(word)) forms.push(word.slice(0, -2));
  forms.push(word.slice(0, -1));
  return forms;
}

/** Plural of a word or phrase, inflecting its last word. */
export function pluralize(phrase: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(phrase)) return `${phrase}es`;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Gives a replacement the capitalisation of the wording it replaces: ALL CAPS stays so, a
 * capitalised name becomes Title Case ("Oval Office" → "Oval Business Office"), and a word capitalised
 * only because it opens a sentence gets its first letter capitalised.
 */
export function matchCase(original: string, replacement: string, sentenceInitial: boolean): string {
  if (original.length > 1 && original === original.toUpperCase() && /[A-Z]/.test(original)) {
    return replacement.toUpperCase();
  }
  // WordNet's own capitals ("PM", "New York City") are kept as written.
  if (!/^[A-Z]/.test(original) || /[A-Z]/.test(replacement)) return replacement;
  if (sentenceInitial && !original.includes(' ')) return capitalise(replacement);
  return replacement.split(' ').map(capitalise).join(' ');
}

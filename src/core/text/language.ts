import { franc } from 'franc-min';

/** Characters read: a page's opening says its language as well as the whole, and costs a fraction. */
const SAMPLE = 2_000;
/** Fewer letters than this and trigram statistics are guesswork. */
const MIN_LENGTH = 60;

/**
 * The language of a text as an ISO 639-3 code ("eng", "spa", "swe"), from its letter trigrams, offline
 * (`franc-min`, the 82 languages with a million speakers or more); undefined when the text is too short
 * to tell. A comparison is made of words, so a text in another language shares only names and numbers
 * with an English one and reads as a report of the same event, never as a copy; this is what lets a
 * translation that does align be told apart.
 */
export function detectLanguage(text: string): string | undefined {
  const code = franc(text.slice(0, SAMPLE), { minLength: MIN_LENGTH });
  return code === 'und' ? undefined : code;
}

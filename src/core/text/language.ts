import { franc } from 'franc-min';
import { NUMBER_TOKEN } from './figures.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Characters read: a page's opening says its language as well as the whole, and costs a fraction; the
 * trigram statistics, which cost in proportion, read less still (400 characters: 80 words).
 */
const SAMPLE = 600;
const TRIGRAM_SAMPLE = 400;
/** Fewer letters, or words, than this and trigram statistics are guesswork. */
const MIN_LENGTH = 60;
const MIN_WORDS = 20;
/**
 * English function words make a third or more of any English prose and far fewer of other languages'
 * (shared words such as "in", "a" or "no" stay well below): from a quarter of its words, a text is
 * English.
 */
const ENGLISH_FUNCTION_WORDS = 0.25;
const ENGLISH = new Set(STOPWORDS);
/**
 * Above this share of figures among its tokens a text is a table (results, prices, quotas), not prose:
 * its language is not told by its letters, which trigram statistics take for French as often as not.
 */
const MAX_FIGURES = 0.1;

/**
 * The language of a text as an ISO 639-3 code ("eng", "spa", "swe"), offline; undefined when the text is
 * too short to tell, or a table of figures. Plain English prose is told by its function words; anything
 * else by its letter trigrams (`franc-min`: the 82 languages with a million speakers or more), which
 * cost a third of a millisecond a text, so only texts that are not plainly English pay it. A comparison
 * is made of words, so a text in another language shares only names and numbers with an English one and
 * reads as a report of the same event, never as a copy; the language lets a translation that does align
 * be named.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  let english = 0;
  for (const word of words) if (ENGLISH.has(word)) english++;
  if (english >= words.length * ENGLISH_FUNCTION_WORDS) return 'eng';
  const tokens = sample.split(/\s+/).filter(Boolean);
  const figures = tokens.filter((t) => NUMBER_TOKEN.test(t)).length;
  if (figures > tokens.length * MAX_FIGURES) return undefined;
  const code = franc(sample.slice(0, TRIGRAM_SAMPLE), { minLength: MIN_LENGTH });
  return code === 'und' ? undefined : code;
}

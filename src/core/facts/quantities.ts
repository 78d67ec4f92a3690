import { MONTHS, WEEKDAYS } from './calendar.js';
import type { DateMention, Figure } from './types.js';

const MAGNITUDES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const CURRENCIES: Record<string, string> = { $: 'dollar', '£': 'pound', '€': 'euro' };
/** Words after a number that say nothing of what it counts. A capitalised word is a name ("340,000 Helix-7 chips"). */
const NOT_UNITS = new Set(
  'and or to of in on at the a an by from per for with than such more less about over under as that this these those was were is are be been have has had will would could can may might'.split(
    ' ',
  ),
);

const FIGURE =
  /(?:([$£€])\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mn|bn|tn|k|m|b)\b)?(?:\s?(%|per ?cent|percent)|\s+([a-z][a-z-]{0,20}[a-z]))?/g;
const MONTH = `(${MONTHS})`;
const DATE = new RegExp(
  `\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b|(${WEEKDAYS})\\b|\\b((?:19|20)\\d{2})\\b)`,
  'g',
);

/** Numbers with their units. A year or a day of a month (`dates`, of the same text) is a date, not a figure. */
export function figures(text: string, dates: readonly DateMention[] = dateMentions(text)): Figure[] {
  const inDate = (at: number) => dates.some((d) => d.start <= at && at < d.end);
  const found: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const [whole, currency, digits = '', magnitude, percent, word] = m;
    // A number glued to a name ("Helix-7", "G20") is part of the name.
    if (inDate(start) || /[\p{L}\d-]/u.test(text[start - 1] ?? '')) continue;
    const scale = magnitude === undefined ? 1 : (MAGNITUDES[magnitude.toLowerCase()] ?? 1);
    const value = Number(digits.replace(/,/g, '')) * scale;
    const noun = word !== undefined && !NOT_UNITS.has(word.toLowerCase()) ? singular(word.toLowerCase()) : undefined;
    const unit = percent !== undefined ? '%' : currency !== undefined ? (CURRENCIES[currency] ?? '') : (noun ?? '');
    // The word after the number is shown only when it is the unit.
    const shown = word !== undefined && unit !== noun ? whole.slice(0, whole.length - word.length).trimEnd() : whole;
    if (!Number.isFinite(value)) continue;
    found.push({ text: shown, start, end: start + shown.length, value, unit });
  }
  return found;
}

/** Days of a month, weekdays and years named in the text. */
export function dateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE)) {
    const [whole, monthA, dayA, dayB, monthB, weekday, year] = m;
    const start = m.index ?? 0;
    const key =
      year !== undefined
        ? `year ${year}`
        : weekday !== undefined
          ? `weekday ${weekday.toLowerCase()}`
          : `day ${(monthA ?? monthB ?? '').toLowerCase()} ${Number(dayA ?? dayB)}`;
    found.push({ text: whole, start, end: start + whole.length, key });
  }
  return found;
}

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

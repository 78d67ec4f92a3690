/** Month and weekday names, as dates and the checks on names read them. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

const STARTS_WITH_CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})\\b`);
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`);

/** Whether a name is a month or a weekday ("said the mayor on Monday"): nobody. */
export function isCalendarWord(name: string): boolean {
  return CALENDAR_WORD.test(name);
}

/** Whether a name starts with a month or a weekday ("first published on March 3"): a date, no outlet. */
export function startsWithCalendarWord(name: string): boolean {
  return STARTS_WITH_CALENDAR_WORD.test(name);
}

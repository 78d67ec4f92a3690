const ISO_8601 =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

function inRange(value: string | undefined, low: number, high: number): boolean {
  return value === undefined || (Number(value) >= low && Number(value) <= high);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for ISO 8601 calendar dates and date-times (year, year-month, date, date-time with zone) that exist. */
export function isIsoDate(value: string): boolean {
  const match = ISO_8601.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second] = match;
  if (!inRange(month, 1, 12) || !inRange(hour, 0, 23) || !inRange(minute, 0, 59) || !inRange(second, 0, 60)) {
    return false;
  }
  if (day === undefined) return true;
  return inRange(day, 1, daysInMonth(Number(year), Number(month)));
}

/**
 * A date from page or feed metadata, where formats vary (RFC 822 in RSS, loose strings in meta tags):
 * ISO 8601 is kept as written, anything else Date can read becomes an ISO date-time, the rest is dropped.
 */
export function normaliseLooseDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (isIsoDate(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

import { StorytraceError } from '../errors/index.js';

const HOUR = 3_600_000;
const UNITS: Record<string, number> = { h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR };
const DURATION = /^(\d+)([hdw])$/;

/** "12h", "30d", "2w" in milliseconds; anything else, zero included, is a USAGE error. */
export function parseDuration(value: string): number {
  const match = DURATION.exec(value);
  const unit = match?.[2] === undefined ? undefined : UNITS[match[2]];
  const ms = Number(match?.[1]) * (unit ?? Number.NaN);
  if (!(ms > 0)) {
    throw new StorytraceError(
      'USAGE',
      `invalid duration ${JSON.stringify(value)} (a whole number of hours, days or weeks: 12h, 30d, 2w)`,
    );
  }
  return ms;
}

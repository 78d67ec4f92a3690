import { StorytraceError } from '../errors/index.js';

const HOUR = 3_600_000;
const UNITS: Record<string, number> = { h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR };
const DURATION = /^(\d+)([hdw])$/;
const MINUTE = 60_000;
const INTERVAL_UNITS: Record<string, number> = { s: 1000, m: MINUTE, h: HOUR, d: 24 * HOUR };
const INTERVAL = /^(\d+)([smhd])$/;

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

/**
 * "30s", "10m", "1h", "1d" in milliseconds: how often to poll. Here "m" can only be minutes, where a
 * window (`parseDuration`) would leave it ambiguous with months.
 */
export function parseInterval(value: string): number {
  const match = INTERVAL.exec(value);
  const unit = match?.[2] === undefined ? undefined : INTERVAL_UNITS[match[2]];
  const ms = Number(match?.[1]) * (unit ?? Number.NaN);
  if (!(ms > 0)) {
    throw new StorytraceError(
      'USAGE',
      `invalid interval ${JSON.stringify(value)} (a whole number of seconds, minutes, hours or days: 30s, 10m, 1h, 1d)`,
    );
  }
  return ms;
}

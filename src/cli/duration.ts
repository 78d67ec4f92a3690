import { StorytraceError } from '../errors/index.js';

const HOUR = 3_600_000;
const UNITS: Record<string, number> = { h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR };
const DURATION = /^(\d+)([hdw])$/;
const MINUTE = 60_000;
const INTERVAL_UNITS: Record<string, number> = { s: 1000, m: MINUTE, h: HOUR, d: 24 * HOUR };
const INTERVAL = /^(\d+)([smhd])$/;

/** `value` in milliseconds when `pattern` reads it as a positive count of one of `units`, else a USAGE error. */
function parseSpan(value: string, pattern: RegExp, units: Record<string, number>, noun: string, hint: string): number {
  const match = pattern.exec(value);
  const unit = match?.[2] === undefined ? undefined : units[match[2]];
  const ms = Number(match?.[1]) * (unit ?? Number.NaN);
  if (!(ms > 0)) throw new StorytraceError('USAGE', `invalid ${noun} ${JSON.stringify(value)} (${hint})`);
  return ms;
}

/** "12h", "30d", "2w" in milliseconds; anything else, zero included, is a USAGE error. */
export function parseDuration(value: string): number {
  return parseSpan(value, DURATION, UNITS, 'duration', 'a whole number of hours, days or weeks: 12h, 30d, 2w');
}

/**
 * "30s", "10m", "1h", "1d" in milliseconds: how often to poll. Here "m" can only be minutes, where a
 * window (`parseDuration`) would leave it ambiguous with months.
 */
export function parseInterval(value: string): number {
  return parseSpan(
    value,
    INTERVAL,
    INTERVAL_UNITS,
    'interval',
    'a whole number of seconds, minutes, hours or days: 30s, 10m, 1h, 1d',
  );
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StorytraceError } from '../errors/index.js';
import { parseDuration, parseInterval } from './duration.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  const valid: [string, number][] = [
    ['1h', HOUR],
    ['12h', 12 * HOUR],
    ['7d', 7 * DAY],
    ['30d', 30 * DAY],
    ['2w', 14 * DAY],
    ['365d', 365 * DAY],
    ['07d', 7 * DAY],
  ];
  for (const [text, ms] of valid) {
    it(`reads ${text} as ${ms} ms`, () => assert.equal(parseDuration(text), ms));
  }

  const invalid: [string, string][] = [
    ['', 'empty'],
    ['30', 'no unit'],
    ['d', 'no number'],
    ['0d', 'an empty window would compare nothing'],
    ['-1d', 'negative'],
    ['1.5d', 'not whole'],
    ['30 d', 'a space inside'],
    [' 30d', 'a space around'],
    ['30D', 'units are lower case'],
    ['30m', 'minutes or months: ambiguous, so neither'],
    ['1d12h', 'one unit only'],
    ['00h', 'zero, however written'],
  ];
  for (const [text, why] of invalid) {
    it(`refuses ${JSON.stringify(text)} (${why}) with USAGE`, () => {
      assert.throws(
        () => parseDuration(text),
        (error: unknown) =>
          error instanceof StorytraceError && error.code === 'USAGE' && error.message.includes(JSON.stringify(text)),
      );
    });
  }
});

describe('parseInterval', () => {
  const valid: [string, number][] = [
    ['30s', 30_000],
    ['10m', 10 * 60_000],
    ['1h', HOUR],
    ['2d', 2 * DAY],
  ];
  for (const [text, ms] of valid) {
    it(`reads ${text} as ${ms} ms`, () => assert.equal(parseInterval(text), ms));
  }
  for (const text of ['', '10', 'm', '0m', '1.5m', '10 m', '1w', '10M']) {
    it(`refuses ${JSON.stringify(text)} with USAGE`, () => {
      assert.throws(
        () => parseInterval(text),
        (error: unknown) => error instanceof StorytraceError && error.code === 'USAGE',
      );
    });
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIsoDate, normaliseLooseDate } from './dates.js';

const isoCases: Array<[string, boolean]> = [
  ['2024', true],
  ['2024-03', true],
  ['2024-03-01', true],
  ['2024-03-01T10:00', true],
  ['2024-03-01T10:00:59Z', true],
  ['2024-03-01T10:00:59.123+02:00', true],
  ['2024-03-01 10:00:00+0200', true],
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2024-13-01', false],
  ['2024-03-01T24:00', false],
  ['03/01/2024', false],
  ['Fri, 01 Mar 2024 10:00:00 GMT', false],
  ['', false],
];

for (const [value, expected] of isoCases) {
  test(`isIsoDate(${JSON.stringify(value)}) is ${expected}`, () => {
    assert.equal(isIsoDate(value), expected);
  });
}

const looseCases: Array<[string | undefined, string | undefined]> = [
  ['2024-03-01', '2024-03-01'],
  ['  2024-03-01T10:00:00+01:00 ', '2024-03-01T10:00:00+01:00'],
  ['Fri, 01 Mar 2024 10:00:00 GMT', '2024-03-01T10:00:00.000Z'],
  ['Tue, 03 Sep 2024 07:15:00 +0200', '2024-09-03T05:15:00.000Z'],
  ['yesterday', undefined],
  ['', undefined],
  [undefined, undefined],
];

for (const [value, expected] of looseCases) {
  test(`normaliseLooseDate(${JSON.stringify(value)}) is ${JSON.stringify(expected)}`, () => {
    assert.equal(normaliseLooseDate(value), expected);
  });
}

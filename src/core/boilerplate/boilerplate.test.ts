import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoilerplateIndex } from './boilerplate-index.js';
import { isKnownBoilerplate } from './patterns.js';

test('known page furniture is caught, prose that mentions the same words is not', () => {
  const cases: [string, boolean][] = [
    ['Source link', true],
    ['Click here to get the Daily Ledger app', true],
    ['No comments: Post a Comment', true],
    ['Read more at cbsnews.com', true],
    ['(AP Photo/Julio Cortez)', true],
    ['Advertisement', true],
    ['© 2024 Harbor Times. All rights reserved.', true],
    ['The mayor said residents could read more about the plan on the city website next week.', false],
    ['A photo of the bridge taken on Monday shows cracks in two supports.', false],
    ['', false],
  ];
  for (const [line, expected] of cases) assert.equal(isKnownBoilerplate(line), expected, line);
});

test('a line repeated across unrelated articles is boilerplate, with exact offsets', () => {
  const index = new BoilerplateIndex();
  const footer = 'Get breaking alerts from the Valley Courier';
  const texts = [
    `Council approves ferry timetable\nThe board voted five to two.\n${footer}`,
    `Storm closes mountain pass\nSnow fell overnight on the ridge.\n${footer}`,
    `Chip maker recalls laptops\nBatteries may overheat, it said.\n${footer}`,
  ];
  for (const [i, text] of texts.entries()) index.add(`a${i}`, text);
  const text = texts[0] as string;
  const spans = index.spans(text);
  assert.equal(spans.length, 1);
  assert.equal(text.slice(spans[0]?.start, spans[0]?.end), footer);
});

test('lines shared only by copies of one article are not boilerplate; remove undoes add', () => {
  const index = new BoilerplateIndex();
  const story = 'Council approves ferry timetable\nThe board voted five to two on Monday.\nService starts in May.';
  for (const id of ['a', 'b', 'c']) index.add(id, story);
  assert.deepEqual(index.spans(story), []);
  const other = (topic: string) =>
    `${topic} happened today\n${topic} crews worked through the night.\nTips? Call the newsroom any time of day`;
  index.add('x', other('Flood'));
  index.add('y', other('Fire'));
  assert.equal(index.spans(other('Flood')).length, 0, 'two articles are not enough');
  index.add('z', other('Quake'));
  assert.equal(index.spans(other('Flood')).length, 1);
  index.remove('z');
  assert.equal(index.spans(other('Flood')).length, 0);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchCase, pluralize, singularForms } from './wording.js';

test('singularForms: candidate singulars, most specific rule first', () => {
  const table: [string, string[]][] = [
    ['bridges', ['bridge']], // "-ges" is no sibilant ending, so only the plain -s rule applies
    ['policies', ['policy', 'policie']],
    ['churches', ['church', 'churche']],
    ['votes', ['vote']],
    ['press', []], // -ss is not a plural
    ['cats', []], // too short to be spun anyway
    ['bridge', []],
  ];
  for (const [word, expected] of table) assert.deepEqual(singularForms(word), expected, word);
});

test('pluralize inflects the last word of a phrase', () => {
  assert.equal(pluralize('span'), 'spans');
  assert.equal(pluralize('business office'), 'business offices');
  assert.equal(pluralize('church'), 'churches');
  assert.equal(pluralize('policy'), 'policies');
  assert.equal(pluralize('day'), 'days');
});

test('matchCase carries the capitalisation of the replaced wording', () => {
  assert.equal(matchCase('office', 'workplace', false), 'workplace');
  assert.equal(matchCase('Office', 'workplace', false), 'Workplace');
  // Inside a name every word is capitalised; at a sentence start only the first.
  assert.equal(matchCase('Office', 'business office', false), 'Business Office');
  assert.equal(matchCase('Officials', 'public servants', true), 'Public servants');
  assert.equal(matchCase('NASA', 'space agency', false), 'SPACE AGENCY');
  // WordNet's own capitals win over the text's.
  assert.equal(matchCase('Prime Minister', 'PM', false), 'PM');
  assert.equal(matchCase('big apple', 'New York', false), 'New York');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRelatedWordings } from './wordnet.js';

test('WordNet neighbours: synonyms, similar adjectives, broader terms, through inflections', () => {
  const related = loadRelatedWordings();
  const cases: [string, string, boolean][] = [
    ['big', 'large', true],
    ['close', 'shut', true],
    ['begin', 'start', true],
    ['device', 'machine', true],
    ['nearly', 'almost', true],
    ['same', 'identical', true], // similar-to satellite
    ['computers', 'machines', true], // plurals undone
    ['closed', 'shut', true], // verb ending undone
    ['reduces', 'reduce', false], // one word, inflected: no swap
    ['bridge', 'inflation', false],
    ['and', 'to', false],
    ['', 'large', false],
  ];
  for (const [a, b, expected] of cases) assert.equal(related(a, b), expected, `${a} / ${b}`);
});

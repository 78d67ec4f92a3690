import assert from 'node:assert/strict';
import { test } from 'node:test';
import { machineStyle } from './machine-style.js';

// Written for this test in the manner of a content farm's machine rewrite.
const farmed = [
  'In a stunning turn of events, the harbour council has voted to close the old ferry pier, a decision that sent shockwaves through the town.',
  'The move underscores the pivotal role the pier has played, and stands as a testament to decades of neglect.',
  'Notably, repairs would have cost more than a new pier. It remains to be seen how the landscape of the harbour will change.',
].join('\n\n');

// The same news as a reporter writes it.
const reported = [
  'The harbour council voted on Tuesday to close the old ferry pier after engineers found cracks in two supports.',
  'Repairs would cost more than a new pier, the harbour master said. A crucial vote on the budget follows in March.',
  'Ferries will use the north quay from next month.',
].join('\n\n');

test('a text dense with stock phrases reads as machine-rewritten, a plain report does not', () => {
  const style = machineStyle(farmed);
  assert.ok(style);
  assert.ok(style.phrases.includes('testament to'));
  assert.ok(style.density >= 1.5);
  assert.equal(style.condensed, false);
  assert.equal(machineStyle(reported), undefined, 'one stock word in a report is not a style');
  assert.equal(machineStyle(''), undefined);
});

test('a few stock phrases diluted in a long text do not count', () => {
  const filler = 'Ferries will use the north quay from next month, the operator said. '.repeat(80);
  assert.equal(machineStyle(`${farmed}\n\n${filler}`), undefined);
});

test('a digest with a summary header or bullets reads as condensed', () => {
  assert.equal(machineStyle(`Summary: ${farmed}`)?.condensed, true);
  assert.equal(machineStyle(`- Pier closes.\n- Ferries move.\n${farmed}`)?.condensed, true);
});

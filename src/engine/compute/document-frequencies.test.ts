import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CandidateIndex, DEFAULT_CANDIDATE_OPTIONS, TopicMemo } from '../../core/candidates/index.js';
import { prepareDocument } from '../documents.js';
import { DocumentFrequencies } from './document-frequencies.js';

const WORDS = 'harbour bridge council vote mayor frost orchard harvest price storm flood river school budget'.split(
  ' ',
);

function text(seed: number): string {
  let state = seed;
  return Array.from({ length: 60 }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return `${WORDS[state % WORDS.length]}${state % 97}`;
  }).join(' ');
}

test('a replica kept in step with the index gives the same topic similarities, to the bit', () => {
  const documents = Array.from({ length: 80 }, (_, i) => prepareDocument(text(i + 1), []).indexed);
  const index = new CandidateIndex();
  for (const [i, d] of documents.slice(0, 40).entries()) index.add(i, d);
  const replica = new DocumentFrequencies({ ...index.documentFrequencies(), size: index.size });
  documents.slice(40).forEach((d, i) => {
    index.add(40 + i, d);
    replica.add(d.terms);
  });
  for (const gone of [3, 17, 55]) {
    index.remove(gone);
    replica.remove(documents[gone]?.terms ?? new Uint32Array());
  }
  let related = 0;
  for (let i = 0; i + 1 < documents.length; i += 3) {
    const [a, b] = [documents[i], documents[i + 1]];
    assert.ok(a && b);
    const expected = index.topicSimilarity(a.terms, b.terms);
    if (expected > 0) related++;
    assert.equal(new TopicMemo(replica, DEFAULT_CANDIDATE_OPTIONS).similarity(a.terms, b.terms), expected);
  }
  assert.ok(related > 5, `${related} pairs share rare terms`);
  assert.equal(replica.size, index.size);
});

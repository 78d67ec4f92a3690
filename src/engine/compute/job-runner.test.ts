import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CandidateIndex } from '../../core/candidates/index.js';
import { DEFAULT_CLASSIFY_OPTIONS } from '../../core/classify/index.js';
import { prepareDocument } from '../documents.js';
import { JobRunner, type RunnerSetup } from './job-runner.js';
import type { JobDocument } from './jobs.js';

const TEXTS = [
  'The city council approved the new harbour bridge on Monday. Work starts in March and costs 40 million.',
  'The city council approved the new harbour bridge on Monday. Work begins in March and costs 40 million.',
  'A late frost damaged apple orchards across the valley. Growers expect a smaller harvest this autumn.',
];
const DOCUMENTS: JobDocument[] = TEXTS.map((text, i) => ({ seq: i + 1, text, boilerplate: [] }));

function runner(): JobRunner {
  const index = new CandidateIndex();
  DOCUMENTS.forEach((d) => {
    index.add(d.seq, prepareDocument(d.text, []).indexed);
  });
  const setup: RunnerSetup = {
    candidates: {},
    classify: DEFAULT_CLASSIFY_OPTIONS,
    thesaurus: false,
    cacheSize: 10,
    frequencies: { ...index.documentFrequencies(), size: index.size },
  };
  return new JobRunner(setup);
}

const PAIRS = [
  { a: 1, b: 2 },
  { a: 1, b: 3 },
];
const NO_CHANGES = { indexed: [], unindexed: [] };

test('texts a job with no pairs brings are prepared for the jobs after it, which then need not bring them', async () => {
  const ahead = runner();
  assert.deepEqual(await ahead.run({ ...NO_CHANGES, documents: DOCUMENTS, pairs: [], intrinsic: [] }), {
    comparisons: [],
    intrinsic: [],
  });
  const later = await ahead.run({ ...NO_CHANGES, documents: [], pairs: PAIRS, intrinsic: [] });
  const usual = await runner().run({ ...NO_CHANGES, documents: DOCUMENTS, pairs: PAIRS, intrinsic: [] });
  assert.deepEqual(later, usual);
  assert.equal(later.comparisons[0]?.link, 'derived');
});

test('a job naming a text neither it nor an earlier job brought fails, naming the text', async () => {
  await assert.rejects(
    runner().run({ ...NO_CHANGES, documents: [], pairs: PAIRS, intrinsic: [] }),
    /document 1 is missing from its job/,
  );
});

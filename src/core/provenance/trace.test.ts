import assert from 'node:assert/strict';
import { test } from 'node:test';
import { traceStory } from './trace.js';
import type { StoryMember } from './types.js';

const member = (id: string, seq: number, extra: Partial<StoryMember> = {}): StoryMember => ({
  id,
  seq,
  headline: id,
  snippetPage: false,
  ...extra,
});

test('with nothing reused, reports are independent, a machine rewrite derives from a source outside', () => {
  const style = { phrases: ['turn of events', 'testament to', 'underscores'], density: 2.4, condensed: false };
  const { story, verdicts } = traceStory(
    's1',
    [member('a', 1), member('b', 2, { machineStyle: style }), member('c', 3, { snippetPage: true })],
    [],
  );
  const by = new Map(verdicts.map((v) => [v.id, v]));
  assert.equal(by.get('a')?.relation, 'independent');
  assert.equal(by.get('b')?.relation, 'paraphrase');
  assert.equal(by.get('b')?.source, null);
  assert.deepEqual(by.get('b')?.evidence.stylePhrases, style.phrases);
  assert.ok(by.get('b')?.signals.includes('machine_rewrite_style'));
  assert.equal(by.get('c')?.relation, 'aggregate');
  assert.deepEqual(story.articles, ['a', 'b', 'c']);
  assert.equal(story.original, 'a');
});

test('a condensed machine rewrite is a summary', () => {
  const style = { phrases: ['turn of events', 'testament to', 'underscores'], density: 3, condensed: true };
  const { verdicts } = traceStory('s1', [member('a', 1, { machineStyle: style })], []);
  assert.equal(verdicts[0]?.relation, 'summary');
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PairRecord } from '../store/types.js';
import { type KeptPair, PairGraph } from './pair-graph.js';

const payload = (a: string, b: string) => JSON.stringify({ between: [a, b] });
const kept = (a: string, b: string): KeptPair => ({
  a,
  b,
  payload: payload(a, b),
  link: 'same',
  strength: 0.9,
  similarity: 0.4,
  provenance: true,
});

/** Articles are numbered by their letter: 'a' was added first. */
const seqOf = (id: string) => id.charCodeAt(0);

/** A graph whose store holds every pair remembered, counting what it is asked. */
function graphOverStore(pairs: KeptPair[]): { graph: PairGraph; asked: string[][] } {
  const stored = new Map(pairs.map((p) => [`${p.a}~${p.b}`, { a: p.a, b: p.b, payload: payload(p.a, p.b) }]));
  const asked: string[][] = [];
  const graph = new PairGraph(async (wanted) => {
    asked.push(wanted.map((p) => `${p.a}~${p.b}`));
    return wanted.flatMap((p): PairRecord[] => {
      const record = stored.get(`${p.a}~${p.b}`);
      return record === undefined ? [] : [record];
    });
  }, seqOf);
  for (const pair of pairs) graph.remember(pair);
  return { graph, asked };
}

describe('PairGraph', () => {
  it('drops the JSON of a pair only once neither article is held, and reads it back in one call for all groups', async () => {
    const { graph, asked } = graphOverStore([kept('a', 'b'), kept('b', 'c'), kept('d', 'e')]);
    const held = new Set(['c', 'd']);
    graph.shelve(['a', 'b', 'e'], (id) => held.has(id));

    const [first, second] = await graph.touching([['a'], ['c', 'd']]);

    assert.deepEqual(asked, [['a~b']]);
    assert.deepEqual(
      first?.map((p) => p.comparison),
      [{ between: ['a', 'b'] }],
    );
    assert.deepEqual(
      second?.map((p) => [p.a, p.b]),
      [
        ['b', 'c'],
        ['d', 'e'],
      ],
    );
    // Read once, a shelved pair stays read while it is in use.
    await graph.touching([['b']]);
    assert.equal(asked.length, 1);
  });

  it('keeps links and strengths for regrouping, shelved or not', () => {
    const { graph } = graphOverStore([kept('a', 'b'), kept('b', 'c')]);
    graph.shelve(['a', 'b', 'c'], () => false);
    const { ids, linked, ends } = graph.closure(['a']);
    assert.deepEqual(ids, ['a', 'b', 'c']);
    assert.deepEqual(
      linked.flatMap(({ a, b }) => [a, b]),
      [...ends].map((at) => ids[at]),
    );
    assert.deepEqual(
      linked.map(({ a, b, link, strength, similarity }) => ({ a, b, link, strength, similarity })),
      [
        { a: 'a', b: 'b', link: 'same', strength: 0.9, similarity: 0.4 },
        { a: 'b', b: 'c', link: 'same', strength: 0.9, similarity: 0.4 },
      ],
    );
    assert.equal(graph.closure(['c']).linked.length, 2, 'a second walk reaches the pairs the first marked');
  });

  it("lists a closure's articles in the order they were added, whatever order it reaches them in", () => {
    const { graph } = graphOverStore([kept('d', 'b'), kept('b', 'e'), kept('e', 'a'), kept('x', 'y')]);
    graph.remember({ ...kept('a', 'd'), link: 'near' });
    graph.remember({ ...kept('a', 'c'), link: 'near' });
    const { ids, linked, ends } = graph.closure(['d', 'f']);
    assert.deepEqual(ids, ['a', 'b', 'd', 'e', 'f'], 'f, a seed with no pairs, is its own');
    assert.deepEqual(
      linked.map(({ a, b }) => `${a}~${b}`),
      ['d~b', 'b~e', 'e~a', 'a~d'],
      'in the order walked; a near link only between two articles reached',
    );
    assert.deepEqual(
      linked.flatMap(({ a, b }) => [a, b]),
      [...ends].map((at) => ids[at]),
    );
  });

  it('forgets an article with its pairs, and its lone partners with them', () => {
    const { graph } = graphOverStore([kept('a', 'b'), kept('b', 'c'), kept('c', 'd')]);
    assert.deepEqual(graph.forget('b'), [
      { a: 'a', b: 'b' },
      { a: 'b', b: 'c' },
    ]);
    assert.deepEqual(graph.closure(['a']).ids, ['a']);
    assert.deepEqual(graph.closure(['d']).ids, ['c', 'd']);
    assert.deepEqual(graph.forget('b'), []);
  });

  it('refuses an article the store gives no number, rather than take it for another', () => {
    const graph = new PairGraph(
      async () => [],
      (id) => (id === 'ghost' ? 0 : seqOf(id)),
    );
    assert.throws(() => graph.remember(kept('a', 'ghost')), /no number for article "ghost"/);
    assert.throws(() => graph.closure(['ghost']), /no number for article "ghost"/);
  });

  it('fails rather than trace a story without a pair the store has lost', async () => {
    const graph = new PairGraph(async () => [], seqOf);
    graph.remember(kept('a', 'b'));
    graph.shelve(['a'], () => false);
    await assert.rejects(graph.touching([['a']]), /a ~ b is missing from the store/);
  });
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { StorytraceError } from '../errors/index.js';
import { WriteQueue } from './write-queue.js';

it('hands each write on at once, turns away more than its limit in flight, and drains', async () => {
  const queue = new WriteQueue(2);
  const started: string[] = [];
  let release = () => {};
  const blocked = new Promise<void>((resolve) => {
    release = resolve;
  });
  const first = queue.run(async () => {
    started.push('first');
    await blocked;
    throw new Error('a failed write');
  });
  const second = queue.run(async () => {
    started.push('second');
    await blocked;
    return 2;
  });
  // The engine, not the queue, orders writes: both have started while the first is still blocked.
  assert.deepEqual(started, ['first', 'second']);
  assert.throws(
    () => queue.run(async () => 3),
    (error: unknown) => error instanceof StorytraceError && error.code === 'BUSY',
  );
  assert.equal(queue.size, 2);
  const drained = queue.drained();
  release();
  await assert.rejects(first, /a failed write/);
  assert.equal(await second, 2, 'a failed write does not stop the next');
  await drained;
  assert.equal(queue.size, 0);
  assert.equal(await queue.run(async () => 4), 4, 'a write ended frees its place');
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { StorytraceError } from '../errors/index.js';
import { WriteQueue } from './write-queue.js';

it('runs writes one at a time in order, turns away more than its limit, and drains', async () => {
  const queue = new WriteQueue(2);
  const order: string[] = [];
  let release = () => {};
  const blocked = new Promise<void>((resolve) => {
    release = resolve;
  });
  const first = queue.run(async () => {
    await blocked;
    order.push('first');
    throw new Error('a failed write');
  });
  const second = queue.run(async () => {
    order.push('second');
    return 2;
  });
  assert.throws(
    () => queue.run(async () => 3),
    (error: unknown) => error instanceof StorytraceError && error.code === 'BUSY',
  );
  assert.equal(queue.size, 2);
  release();
  await assert.rejects(first, /a failed write/);
  assert.equal(await second, 2, 'a failed write does not stop the next');
  await queue.drained();
  assert.deepEqual(order, ['first', 'second']);
  assert.equal(queue.size, 0);
});

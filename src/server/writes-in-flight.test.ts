import assert from 'node:assert/strict';
import { it } from 'node:test';
import { StorytraceError } from '../errors/index.js';
import { WritesInFlight } from './writes-in-flight.js';

it('hands each write on at once, turns away more than its limit in flight, and drains', async () => {
  const writes = new WritesInFlight(2);
  const started: string[] = [];
  let release = () => {};
  const blocked = new Promise<void>((resolve) => {
    release = resolve;
  });
  const first = writes.run(async () => {
    started.push('first');
    await blocked;
    throw new Error('a failed write');
  });
  const second = writes.run(async () => {
    started.push('second');
    await blocked;
    return 2;
  });
  // The engine, not this count, orders writes: both have started while the first is still blocked.
  assert.deepEqual(started, ['first', 'second']);
  assert.throws(
    () => writes.run(async () => 3),
    (error: unknown) => error instanceof StorytraceError && error.code === 'BUSY',
  );
  assert.equal(writes.size, 2);
  const drained = writes.drained();
  release();
  await assert.rejects(first, /a failed write/);
  assert.equal(await second, 2, 'a failed write does not stop the next');
  await drained;
  assert.equal(writes.size, 0);
  assert.equal(await writes.run(async () => 4), 4, 'a write ended frees its place');
});

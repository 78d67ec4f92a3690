import { parentPort, workerData } from 'node:worker_threads';
import { JobRunner, type RunnerSetup } from './job-runner.js';
import type { ComputeJob } from './jobs.js';

/** A compute worker: runs the jobs its pool sends, one after another, and posts each result or failure back. */
const runner = new JobRunner(workerData as RunnerSetup);
let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: ComputeJob) => {
  previous = previous.then(async () => {
    try {
      parentPort?.postMessage({ result: await runner.run(job) });
    } catch (error) {
      parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});

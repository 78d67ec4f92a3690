import type { AddSummary, Engine } from '../../engine/index.js';
import { formatIssue, type Issue } from '../../errors/index.js';
import { readInputs } from '../../ingest/index.js';
import { type CliIo, write } from '../io.js';
import { progressReporter } from '../progress.js';

export interface AddResult {
  summary: AddSummary;
  issues: Issue[];
}

/** Ingests INPUTs into the engine's store, reporting each rejected record on stderr as it comes. */
export async function addInputs(engine: Engine, inputs: string[], replace: boolean, io: CliIo): Promise<AddResult> {
  const issues: Issue[] = [];
  const progress = progressReporter(io, 'adding');
  try {
    const summary = await engine.add(readInputs(inputs), {
      replace,
      onProgress: progress.tick,
      onIssue: (problem) => {
        issues.push(problem);
        write(io.stderr, `storytrace: ${formatIssue(problem)}`);
      },
    });
    return { summary, issues };
  } finally {
    progress.stop();
  }
}

export function describeSummary(s: AddSummary): string {
  return (
    `added ${s.added}, unchanged ${s.unchanged}, replaced ${s.replaced}, rejected ${s.rejected}; ` +
    `${s.comparisons} comparisons; ${s.stories} stories in the store`
  );
}

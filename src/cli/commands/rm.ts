import type { Engine, RemoveSummary } from '../../engine/index.js';
import { formatIssue, type Issue } from '../../errors/index.js';
import { type CliIo, write } from '../io.js';

export interface RemoveResult {
  summary: RemoveSummary;
  issues: Issue[];
}

/** Removes articles from the engine's store, naming each unknown id on stderr as it comes. */
export async function removeArticles(engine: Engine, ids: string[], io: CliIo): Promise<RemoveResult> {
  const issues: Issue[] = [];
  const summary = await engine.remove(ids, {
    onIssue: (problem) => {
      issues.push(problem);
      write(io.stderr, `storytrace: ${formatIssue(problem)}`);
    },
  });
  return { summary, issues };
}

export function describeRemoval(s: RemoveSummary): string {
  return `removed ${s.removed}, not found ${s.notFound}; ${s.stories} stories in the store`;
}

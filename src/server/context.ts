import type { AddSummary, Engine } from '../engine/index.js';
import { httpStatusFor, type Issue } from '../errors/index.js';
import type { IngestItem } from '../ingest/index.js';
import type { ViewCache } from './view-cache.js';
import type { WritesInFlight } from './writes-in-flight.js';

/** What every route reads: the engine, the writes in flight, the views kept until a write. */
export interface ServerContext {
  engine: Engine;
  writes: WritesInFlight;
  views: ViewCache;
  /** Largest JSON Lines record a POST may hold. */
  maxRecordBytes: number;
}

/** Runs a write, counted while in flight; whatever it changed, the views kept before it are dropped. */
export function write<T>(context: ServerContext, work: () => Promise<T>): Promise<T> {
  return context.writes.run(async () => {
    try {
      return await work();
    } finally {
      context.views.clear();
    }
  });
}

/** An add run as a write, with the records it refused. */
export async function addAsWrite(
  context: ServerContext,
  items: AsyncIterable<IngestItem>,
  replace: boolean,
): Promise<{ summary: AddSummary; issues: Issue[]; taken: number }> {
  const issues: Issue[] = [];
  const summary = await write(context, () =>
    context.engine.add(items, { replace, onIssue: (problem) => issues.push(problem) }),
  );
  return { summary, issues, taken: summary.added + summary.unchanged + summary.replaced };
}

/** When no record was taken, the request failed as its first record did: that status and error. */
export function refusal(added: {
  issues: Issue[];
  taken: number;
}): { status: number; body: { error: { code: string; message: string }; issues: Issue[] } } | undefined {
  const first = added.issues[0];
  if (added.taken > 0 || first === undefined) return undefined;
  return {
    status: httpStatusFor(first.code),
    body: { error: { code: first.code, message: first.message }, issues: added.issues },
  };
}

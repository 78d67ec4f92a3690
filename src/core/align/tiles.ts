import type { TokenizedText } from '../text/types.js';
import { RunQueue } from './run-queue.js';
import type { AlignOptions, Run } from './types.js';

/**
 * Greedy string tiling (Wise 1993): repeatedly take the longest stretch of equal words still free in
 * both texts (ties: earliest in A, then in B), mark it, until no stretch of minRun words is left; a
 * stretch of exactly minRun stopwords does not count. Each word of either text belongs to at most one
 * tile, and unlike a single monotone chain the tiles keep moved paragraphs.
 *
 * Every free stretch lies inside one maximal run, so the maximal runs are queued longest first; a run
 * that marking has cut since it was queued goes back as its free pieces. Lengths only shrink, so a run
 * that comes out of the queue intact is the longest free stretch left. Returns the tiles in A order.
 */
export function tileRuns(runs: readonly Run[], a: TokenizedText, b: TokenizedText, options: AlignOptions): Run[] {
  const markedA = new Uint8Array(a.count);
  const markedB = new Uint8Array(b.count);
  const counts = (run: Run) =>
    run.length > options.minRun || (run.length === options.minRun && !onlyStopwords(a.stop, run.i, run.length));
  const queue = new RunQueue(runs.filter(counts));
  const tiles: Run[] = [];
  for (let run = queue.pop(); run !== undefined; run = queue.pop()) {
    const pieces = freePieces(run, markedA, markedB);
    if (pieces.length === 1 && pieces[0]?.length === run.length) {
      markedA.fill(1, run.i, run.i + run.length);
      markedB.fill(1, run.j, run.j + run.length);
      tiles.push(run);
      continue;
    }
    for (const piece of pieces) if (counts(piece)) queue.push(piece);
  }
  return tiles.sort((x, y) => x.i - y.i);
}

/** The stretches of a run whose words are free in both texts. */
function freePieces(run: Run, markedA: Uint8Array, markedB: Uint8Array): Run[] {
  const pieces: Run[] = [];
  let k = 0;
  while (k < run.length) {
    while (k < run.length && (markedA[run.i + k] === 1 || markedB[run.j + k] === 1)) k++;
    const from = k;
    while (k < run.length && markedA[run.i + k] === 0 && markedB[run.j + k] === 0) k++;
    if (k > from) pieces.push({ i: run.i + from, j: run.j + from, length: k - from });
  }
  return pieces;
}

function onlyStopwords(stop: Uint8Array, from: number, length: number): boolean {
  for (let k = from; k < from + length; k++) if (stop[k] === 0) return false;
  return true;
}

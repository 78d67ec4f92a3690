import type { TokenizedText } from '../text/types.js';
import type { AlignOptions, Run } from './types.js';

/**
 * Greedy string tiling (Wise 1993): take the longest runs first and mark their words, so each word of
 * either text belongs to at most one tile. Unlike a single monotone chain it keeps moved paragraphs.
 * Returns the tiles in A order.
 */
export function tileRuns(runs: Run[], a: TokenizedText, b: TokenizedText, options: AlignOptions): Run[] {
  const markedA = new Uint8Array(a.count);
  const markedB = new Uint8Array(b.count);
  const ordered = [...runs].sort((x, y) => y.length - x.length || x.i - y.i || x.j - y.j);
  const tiles: Run[] = [];
  for (const run of ordered) {
    let k = 0;
    while (k < run.length) {
      while (k < run.length && (markedA[run.i + k] === 1 || markedB[run.j + k] === 1)) k++;
      const from = k;
      while (k < run.length && markedA[run.i + k] === 0 && markedB[run.j + k] === 0) k++;
      const length = k - from;
      if (length < options.minRun || (length === options.minRun && onlyStopwords(a.stop, run.i + from, length))) {
        continue;
      }
      markedA.fill(1, run.i + from, run.i + k);
      markedB.fill(1, run.j + from, run.j + k);
      tiles.push({ i: run.i + from, j: run.j + from, length });
    }
  }
  return tiles.sort((x, y) => x.i - y.i);
}

function onlyStopwords(stop: Uint8Array, from: number, length: number): boolean {
  for (let k = from; k < from + length; k++) if (stop[k] === 0) return false;
  return true;
}

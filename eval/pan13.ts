/**
 * Passage alignment on PAN-13 text alignment pairs (../shared/data/pan13-alignment): each suspicious
 * document is aligned to its source with the project's aligner, and the passages it reports as evidence
 * are scored with PAN's character-level measures (Potthast et al. 2010) against the re-located gold
 * offsets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { align } from '../src/core/align/index.js';
import { tokenize } from '../src/core/text/index.js';

/** A pair of character ranges: [start, end) in the suspicious document and in the source. */
export interface RangePair {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

export interface AlignmentScores {
  pairs: number;
  cases: number;
  detections: number;
  precision: number;
  recall: number;
  f1: number;
  /** Detections per detected case: 1 when each copied passage is found in one piece. */
  granularity: number;
}

interface GoldCase {
  /** Gold offsets re-located in these files; null for the few cases that could not be. */
  recovered?: { this_offset: number; this_length: number; source_offset: number; source_length: number } | null;
}

interface GoldPair {
  susp: string;
  src: string;
  cases: GoldCase[];
}

const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));

/** |s ⊓ r|: characters of both sides that the two range pairs share, when they overlap on both sides. */
function shared(s: RangePair, r: RangePair): number {
  const here = overlap(s.start, s.end, r.start, r.end);
  const there = overlap(s.sourceStart, s.sourceEnd, r.sourceStart, r.sourceEnd);
  return here > 0 && there > 0 ? here + there : 0;
}

const size = (s: RangePair) => s.end - s.start + (s.sourceEnd - s.sourceStart);

/**
 * PAN's macro-averaged character precision and recall over all pairs: each case's share of characters
 * found by the detections overlapping it, each detection's share lying inside the cases it overlaps.
 * Overlapping detections of one case are merged first, so no character counts twice.
 */
export function scoreAlignment(items: readonly { cases: RangePair[]; detections: RangePair[] }[]): AlignmentScores {
  let recallSum = 0;
  let precisionSum = 0;
  let cases = 0;
  let detections = 0;
  let detected = 0;
  let detectingSum = 0;
  for (const { cases: gold, detections: found } of items) {
    for (const s of gold) {
      cases++;
      const hits = found.filter((r) => shared(s, r) > 0);
      recallSum += covered(s, hits) / size(s);
      if (hits.length > 0) {
        detected++;
        detectingSum += hits.length;
      }
    }
    for (const r of found) {
      detections++;
      precisionSum +=
        covered(
          r,
          gold.filter((s) => shared(s, r) > 0),
        ) / Math.max(1, size(r));
    }
  }
  const precision = detections === 0 ? 0 : precisionSum / detections;
  const recall = cases === 0 ? 0 : recallSum / cases;
  return {
    pairs: items.length,
    cases,
    detections,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    granularity: detected === 0 ? 1 : detectingSum / detected,
  };
}

/** Characters of `target` (both sides) covered by the union of `by`'s ranges. */
function covered(target: RangePair, by: readonly RangePair[]): number {
  const here = unionWithin(
    target.start,
    target.end,
    by.map((r) => [r.start, r.end] as const),
  );
  const there = unionWithin(
    target.sourceStart,
    target.sourceEnd,
    by.map((r) => [r.sourceStart, r.sourceEnd] as const),
  );
  return here + there;
}

function unionWithin(start: number, end: number, ranges: readonly (readonly [number, number])[]): number {
  const clipped = ranges
    .map(([a, b]) => [Math.max(a, start), Math.min(b, end)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = start;
  for (const [a, b] of clipped) {
    if (b <= reach) continue;
    total += b - Math.max(a, reach);
    reach = b;
  }
  return total;
}

/** Aligns every labelled pair of the set and scores the passages; undefined when the set is absent. */
export function evaluatePan13(dataDir: string): AlignmentScores | undefined {
  const dir = path.join(dataDir, 'pan13-alignment');
  const labels = path.join(dir, 'labeled_pairs_02_no_obfuscation.realigned.jsonl');
  if (!fs.existsSync(labels)) return undefined;
  const items = fs
    .readFileSync(labels, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const pair = JSON.parse(line) as GoldPair;
      const suspicious = fs.readFileSync(path.join(dir, 'susp', pair.susp), 'utf8');
      const source = fs.readFileSync(path.join(dir, 'src', pair.src), 'utf8');
      const cases = pair.cases.flatMap((c) =>
        c.recovered === undefined || c.recovered === null
          ? []
          : [
              {
                start: c.recovered.this_offset,
                end: c.recovered.this_offset + c.recovered.this_length,
                sourceStart: c.recovered.source_offset,
                sourceEnd: c.recovered.source_offset + c.recovered.source_length,
              },
            ],
      );
      const detections = align(tokenize(suspicious), tokenize(source)).evidence.map(
        ({ start, end, sourceStart, sourceEnd }) => ({ start, end, sourceStart, sourceEnd }),
      );
      return { cases, detections };
    });
  return scoreAlignment(items);
}

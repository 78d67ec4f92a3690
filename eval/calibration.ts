/**
 * How far a report's confidences can be trusted on a labelled set: the verdicts binned by confidence,
 * each bin with the share whose relation is the labelled one (in the scorer's classes: original and
 * independent are one root class, verbatim counts as near_verbatim).
 */
import fs from 'node:fs';

export const CONFIDENCE_BINS = [0, 0.5, 0.7, 0.8, 0.9, 1.0001] as const;
/** Among verdicts at or above this confidence, at least this share must be right. */
export const CALIBRATION_TARGET = { confidence: 0.9, right: 0.9 } as const;

export interface CalibrationBin {
  from: number;
  to: number;
  verdicts: number;
  right: number;
}

interface Label {
  id: string;
  relation?: string;
}

interface ReportedArticle {
  id: string;
  relation: string;
  confidence: number;
}

const scoredClass = (relation: string): string =>
  relation === 'original' || relation === 'independent' ? 'root' : relation === 'verbatim' ? 'near_verbatim' : relation;

export function calibration(labelsPath: string, reportPath: string): CalibrationBin[] {
  const labels: Label[] = fs
    .readFileSync(labelsPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Label);
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as { articles: ReportedArticle[] };
  const reported = new Map(report.articles.map((a) => [String(a.id), a]));
  const bins: CalibrationBin[] = CONFIDENCE_BINS.slice(1).map((to, i) => ({
    from: CONFIDENCE_BINS[i] ?? 0,
    to,
    verdicts: 0,
    right: 0,
  }));
  for (const label of labels) {
    const article = reported.get(String(label.id));
    if (label.relation === undefined || article === undefined) continue;
    const bin = bins.find((b) => article.confidence >= b.from && article.confidence < b.to);
    if (bin === undefined) continue;
    bin.verdicts++;
    if (scoredClass(article.relation) === scoredClass(label.relation)) bin.right++;
  }
  return bins;
}

/** Verdicts at or above `confidence`, one of the bins' lower edges, and how many of them are right. */
export function atOrAbove(bins: readonly CalibrationBin[], confidence: number): { verdicts: number; right: number } {
  const kept = bins.filter((b) => b.from >= confidence);
  return { verdicts: kept.reduce((n, b) => n + b.verdicts, 0), right: kept.reduce((n, b) => n + b.right, 0) };
}

export function formatCalibration(set: string, bins: readonly CalibrationBin[]): string {
  const cells = bins.map((b) => {
    const range = `[${b.from.toFixed(1)}, ${Math.min(1, b.to).toFixed(1)}${b.to > 1 ? ']' : ')'}`;
    const share = b.verdicts === 0 ? '–' : (b.right / b.verdicts).toFixed(2);
    return `${range} ${share} of ${b.verdicts}`;
  });
  const high = atOrAbove(bins, CALIBRATION_TARGET.confidence);
  const goal = `(goal ≥ ${CALIBRATION_TARGET.right * 100}% right)`;
  const verdict =
    high.verdicts === 0
      ? `none  no verdict reaches confidence ${CALIBRATION_TARGET.confidence} ${goal}`
      : `${high.right / high.verdicts >= CALIBRATION_TARGET.right ? 'met ' : 'MISS'}  confidence ≥ ` +
        `${CALIBRATION_TARGET.confidence}: ${high.right}/${high.verdicts} right ${goal}`;
  return `${set.padEnd(11)} ${cells.join('  ')}\n${' '.repeat(12)}${verdict}`;
}

import fs from 'node:fs';
import path from 'node:path';
import type { Report } from '../src/core/contract/index.js';

export interface TitleOnlyCatch {
  /** Articles written from the human article's title alone. */
  titleOnly: number;
  /** Of those, in the story of their human article. */
  withHuman: number;
  /** Of those, with a figure or date that disagrees with the human article's. */
  caught: number;
  /** The catches, "g12 ↔ h3: 18,000 vehicles / 16,000 vehicles". */
  examples: string[];
}

interface Label {
  id: string;
  story: string;
  relation?: string;
}

/**
 * mindner: how many articles written from a title alone are caught with numbers (figures or dates)
 * that disagree with the human article of the same story, by the report's discrepancies.
 */
export function titleOnlyCatches(dir: string): TitleOnlyCatch | undefined {
  const labelsFile = path.join(dir, 'labels.jsonl');
  const reportFile = path.join(dir, 'report.json');
  if (!fs.existsSync(labelsFile) || !fs.existsSync(reportFile)) return undefined;
  const labels = fs
    .readFileSync(labelsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Label);
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
  const storyOf = new Map(report.articles.map((a) => [a.id, a.story]));
  const stories = new Map(report.stories.map((s) => [s.id, s]));
  const titleOnly = labels.filter((l) => l.relation === 'independent');
  let withHuman = 0;
  let caught = 0;
  const examples: string[] = [];
  for (const label of titleOnly) {
    const story = stories.get(storyOf.get(label.id) ?? '');
    if (story === undefined || storyOf.get(label.story) !== story.id) continue;
    withHuman++;
    const between = (story.discrepancies ?? []).find((d) => {
      const ids = d.versions.map((v) => v.article);
      return d.kind !== 'quote' && ids.includes(label.id) && ids.includes(label.story);
    });
    if (between === undefined) continue;
    caught++;
    examples.push(`${label.id} ↔ ${label.story}: ${between.versions.map((v) => v.text).join(' / ')}`);
  }
  return { titleOnly: titleOnly.length, withHuman, caught, examples };
}

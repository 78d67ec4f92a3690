import type { ArticleSays } from '../core/facts/index.js';
import { inlineText } from './format.js';

/** The text lines of an article's facts (none for an article that names nothing). */
export function factLines(id: string, says: ArticleSays): string[] {
  const list = (items: readonly string[]) => [...new Set(items)].map((item) => inlineText(item, 60)).join(', ');
  const parts: [string, string[]][] = [
    ['people', says.people],
    ['places', says.places],
    ['organisations', says.organisations],
    ['quotes', says.quotes.map((q) => `“${q.text}”${q.speaker === undefined ? '' : ` (${q.speaker})`}`)],
    ['figures', says.figures.filter((f) => f.unit !== '').map((f) => f.text)],
    ['dates', says.dates.map((d) => d.text)],
  ];
  const lines = parts.filter(([, items]) => items.length > 0).map(([label, items]) => `    ${label}: ${list(items)}`);
  return lines.length === 0 ? [] : [`  ${inlineText(id, 40)}`, ...lines];
}

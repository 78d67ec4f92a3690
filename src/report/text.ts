import type { Article, ArticleVerdict, Report } from '../core/contract/index.js';
import { byline, inlineText, percent, provenance, score } from './format.js';
import { buildReportTrees, countRelations, type DerivationNode } from './tree.js';
import { versionLines } from './versions.js';

const SUBSTITUTIONS_SHOWN = 5;

/** The evidence worth a glance: coverage, substitutions (the first few), signals. */
function evidenceSummary(verdict: ArticleVerdict): string {
  const parts: string[] = [];
  if (verdict.source !== null || verdict.relation === 'aggregate') {
    parts.push(`coverage ${percent(verdict.evidence.coverage)}`);
  }
  const substitutions = verdict.evidence.substitutions;
  if (substitutions.length > 0) {
    const shown = substitutions
      .slice(0, SUBSTITUTIONS_SHOWN)
      .map(([from, to]) => `${inlineText(from, 40)}→${inlineText(to, 40)}`);
    if (substitutions.length > SUBSTITUTIONS_SHOWN) shown.push('…');
    parts.push(`${substitutions.length} substitution${substitutions.length === 1 ? '' : 's'}: ${shown.join(', ')}`);
  }
  const phrases = verdict.evidence.stylePhrases ?? [];
  if (phrases.length > 0) parts.push(`stock phrases: ${inlineText(phrases.join(', '), 120)}`);
  return parts.join(', ');
}

function verdictLine(verdict: ArticleVerdict, articles: ReadonlyMap<string, Article>): string {
  const head = [`${inlineText(verdict.id, 40)}  ${verdict.relation} (${score(verdict.confidence)})`];
  const from = provenance(verdict);
  if (from !== '') head.push(inlineText(from));
  const details = [evidenceSummary(verdict), inlineText(byline(articles.get(verdict.id)), 60)].filter((d) => d !== '');
  const signals = verdict.signals.length > 0 ? ` [${inlineText(verdict.signals.join(', '))}]` : '';
  return `${head.join(' ')}${details.length > 0 ? ` — ${details.join(' · ')}` : ''}${signals}`;
}

function treeLines(nodes: DerivationNode[], articles: ReadonlyMap<string, Article>, indent: string): string[] {
  return nodes.flatMap((node, i) => {
    const last = i === nodes.length - 1;
    const line = `${indent}${last ? '└─ ' : '├─ '}${verdictLine(node.verdict, articles)}`;
    return [line, ...treeLines(node.children, articles, `${indent}${last ? '   ' : '│  '}`)];
  });
}

/**
 * The report for a terminal: a summary line, then per story its title, the derivation tree under each
 * root, and the independent reports. All article text and metadata is flattened to safe single lines.
 */
export function renderText(report: Report, articles: ReadonlyMap<string, Article>): string {
  const trees = buildReportTrees(report);
  const counts = countRelations(report)
    .filter(([, n]) => n > 0)
    .map(([relation, n]) => `${relation} ${n}`);
  const lines = [
    `storytrace report — ${report.articles.length} article${report.articles.length === 1 ? '' : 's'} in ` +
      `${report.stories.length} stor${report.stories.length === 1 ? 'y' : 'ies'}`,
  ];
  if (counts.length > 0) lines.push(counts.join(' · '));
  for (const { story, roots, independents } of trees.stories) {
    const size = story.articles.length;
    lines.push(
      '',
      `Story ${inlineText(story.id, 40)} — ${inlineText(story.title)} (${size} article${size === 1 ? '' : 's'})`,
    );
    for (const root of roots) {
      lines.push(`  ${verdictLine(root.verdict, articles)}`, ...treeLines(root.children, articles, '  '));
    }
    if (independents.length > 0) {
      lines.push('  Independent reports:', ...independents.map((v) => `    · ${verdictLine(v, articles)}`));
    }
    lines.push(...versionLines(story));
  }
  if (trees.unassigned.length > 0) {
    lines.push('', 'In no story:', ...trees.unassigned.map((v) => `  · ${verdictLine(v, articles)}`));
  }
  return `${lines.join('\n')}\n`;
}

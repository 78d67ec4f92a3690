import type { Article, ArticleVerdict, Report } from '../core/contract/index.js';
import { escapeHtml } from './escape-html.js';
import { percent, score } from './format.js';
import { articleDetails, articleLink, badge, type HtmlContext, provenanceHtml, relationClass } from './html-article.js';
import { STYLESHEET } from './html-style.js';
import { buildReportTrees, countRelations, type DerivationNode, type StoryTree } from './tree.js';
import { versionsHtml } from './versions.js';

// Nothing may load or run: no scripts, no external resources, only the inline stylesheet.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

function nodeSummary(verdict: ArticleVerdict, context: HtmlContext): string {
  const parts = [`${escapeHtml(score(verdict.confidence))}`];
  const from = provenanceHtml(verdict, context);
  if (from !== '') parts.push(from, `coverage ${escapeHtml(percent(verdict.evidence.coverage))}`);
  const substitutions = verdict.evidence.substitutions.length;
  if (substitutions > 0) parts.push(plural(substitutions, 'substitution'));
  return `${badge(verdict.relation)} ${articleLink(verdict.id, context)} <span class="muted">${parts.join(' · ')}</span>`;
}

function treeHtml(nodes: DerivationNode[], context: HtmlContext): string {
  if (nodes.length === 0) return '';
  const items = nodes.map(
    (node) =>
      `<li class="${relationClass(node.verdict.relation)}">${nodeSummary(node.verdict, context)}${treeHtml(node.children, context)}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function preOrder(nodes: DerivationNode[]): ArticleVerdict[] {
  return nodes.flatMap((node) => [node.verdict, ...preOrder(node.children)]);
}

function storySection({ story, roots, independents }: StoryTree, index: number, context: HtmlContext): string {
  const original = story.original === null ? '' : ` · original ${articleLink(story.original, context)}`;
  const parts = [
    `<section class="story" id="story-${index + 1}"><h2>${escapeHtml(story.title)}</h2>`,
    `<p class="muted">Story ${escapeHtml(story.id)} · ${plural(story.articles.length, 'article')}${original}</p>`,
  ];
  if (roots.length > 0) {
    const rootItems = roots.map(
      (root) =>
        `<li class="${relationClass(root.verdict.relation)}">${nodeSummary(root.verdict, context)}${treeHtml(root.children, context)}</li>`,
    );
    parts.push(`<h3>Derivations</h3><ul class="tree">${rootItems.join('')}</ul>`);
  }
  if (independents.length > 0) {
    const items = independents.map((v) => `<li>${nodeSummary(v, context)}</li>`);
    parts.push(`<h3>Independent reports</h3><ul class="independents">${items.join('')}</ul>`);
  }
  parts.push(versionsHtml(story, (id) => articleLink(id, context)));
  const details = [...preOrder(roots), ...independents].map((v) => articleDetails(v, context));
  parts.push(`<h3>Articles</h3>${details.join('')}</section>`);
  return parts.join('');
}

/**
 * The report as one self-contained HTML page: relation counts, the stories with their derivation
 * trees, and per article a side-by-side view against its source with aligned passages and changed
 * wording marked. Every piece of article text and metadata is escaped; the page has no script and a
 * Content-Security-Policy that forbids any.
 */
export function renderHtml(report: Report, articles: ReadonlyMap<string, Article>): string {
  const anchors = new Map(report.articles.map((v, i) => [v.id, `article-${i + 1}`]));
  const context: HtmlContext = { articles, anchors };
  const trees = buildReportTrees(report);
  const counts = countRelations(report).map(
    ([relation, n]) =>
      `<li class="${relationClass(relation)}${n === 0 ? ' zero' : ''}">${escapeHtml(relation)}<b>${n}</b></li>`,
  );
  const toc = trees.stories.map(
    ({ story }, i) =>
      `<li><a href="#story-${i + 1}">${escapeHtml(story.title)}</a> <span class="muted">${plural(story.articles.length, 'article')}</span></li>`,
  );
  const sections = trees.stories.map((tree, i) => storySection(tree, i, context));
  if (trees.unassigned.length > 0) {
    const details = trees.unassigned.map((v) => articleDetails(v, context));
    sections.push(`<section class="story"><h2>In no story</h2>${details.join('')}</section>`);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>storytrace report</title>
<style>${STYLESHEET}</style>
</head>
<body>
<header>
<h1>storytrace report</h1>
<p class="muted">${plural(report.articles.length, 'article')} in ${plural(report.stories.length, 'story', 'stories')}</p>
<ul class="counts">${counts.join('')}</ul>
<h3>Stories</h3>
<ol>${toc.join('')}</ol>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

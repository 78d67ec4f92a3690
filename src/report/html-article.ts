import { type Article, type ArticleVerdict, RELATIONS } from '../core/contract/index.js';
import { escapeHtml } from './escape-html.js';
import { byline, percent, score } from './format.js';
import { type MarkedPassage, markPassages, passagesBySource } from './passage-diff.js';
import { segmentsOf } from './side-by-side.js';

/** What every HTML fragment needs: the articles' texts and the anchor of each verdict in the page. */
export interface HtmlContext {
  articles: ReadonlyMap<string, Article>;
  /** Article id → element id; ids are generated, so no article text ever lands in an attribute. */
  anchors: ReadonlyMap<string, string>;
}

const KNOWN_RELATIONS: ReadonlySet<string> = new Set(RELATIONS);

export const relationClass = (relation: string) => `rel-${KNOWN_RELATIONS.has(relation) ? relation : 'unknown'}`;

export const badge = (relation: string) =>
  `<span class="badge ${relationClass(relation)}">${escapeHtml(relation)}</span>`;

export function articleLink(id: string, context: HtmlContext): string {
  const anchor = context.anchors.get(id);
  return anchor === undefined ? escapeHtml(id) : `<a href="#${anchor}">${escapeHtml(id)}</a>`;
}

export function provenanceHtml(verdict: ArticleVerdict, context: HtmlContext): string {
  const link = (id: string) => articleLink(id, context);
  if (verdict.relation === 'aggregate' && verdict.sources.length > 0)
    return `of ${verdict.sources.map(link).join(', ')}`;
  if (verdict.source === null) return '';
  const others = verdict.sources.filter((id) => id !== verdict.source);
  return `from ${link(verdict.source)}${others.length > 0 ? ` (+${others.map(link).join(', ')})` : ''}`;
}

const formatScore = (value: unknown) =>
  typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : String(value);

function facts(verdict: ArticleVerdict, article: Article | undefined, context: HtmlContext): string {
  const rows: [string, string][] = [
    ['Relation', `${badge(verdict.relation)} confidence ${escapeHtml(score(verdict.confidence))}`],
  ];
  const from = provenanceHtml(verdict, context);
  if (from !== '') rows.push(['Derives', from]);
  if (verdict.source !== null || verdict.sources.length > 0) {
    rows.push(['Coverage', escapeHtml(percent(verdict.evidence.coverage))]);
  }
  if (article?.title !== undefined) rows.push(['Title', escapeHtml(article.title)]);
  const where = byline(article);
  if (where !== '') rows.push(['Published', escapeHtml(where)]);
  // Shown as text, never as a link: the page loads and points at nothing outside itself.
  if (article?.url !== undefined) rows.push(['URL', escapeHtml(article.url)]);
  if (verdict.language !== undefined) rows.push(['Language', escapeHtml(verdict.language)]);
  if (verdict.signals.length > 0) rows.push(['Signals', escapeHtml(verdict.signals.join(', '))]);
  const phrases = verdict.evidence.stylePhrases ?? [];
  if (phrases.length > 0) rows.push(['Stock phrases', escapeHtml(phrases.join(', '))]);
  const scores = Object.entries(verdict.evidence.scores ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (scores.length > 0) {
    rows.push([
      'Scores',
      scores.map(([name, value]) => `${escapeHtml(name)} ${escapeHtml(formatScore(value))}`).join(' · '),
    ]);
  }
  return `<dl class="facts">${rows.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function substitutionList(verdict: ArticleVerdict): string {
  const substitutions = verdict.evidence.substitutions;
  if (substitutions.length === 0) return '';
  const items = substitutions.map(
    ([from, to]) =>
      `<li><del class="changed">${escapeHtml(from)}</del> → <ins class="changed">${escapeHtml(to)}</ins></li>`,
  );
  return `<h4>${substitutions.length} substitution${substitutions.length === 1 ? '' : 's'}</h4><ul class="subs">${items.join('')}</ul>`;
}

/** A text with its aligned passages marked and, inside them, the changed words as `del` or `ins`. */
function markedText(text: string, marks: MarkedPassage[], changeTag: 'del' | 'ins'): string {
  let html = '';
  let open: number | undefined;
  for (const { text: run, passage, changed } of segmentsOf(text, marks, [])) {
    if (passage !== open) {
      if (open !== undefined) html += '</mark>';
      if (passage !== undefined) html += `<mark class="aligned"><span class="pn">${passage}</span>`;
      open = passage;
    }
    html += changed ? `<${changeTag} class="changed">${escapeHtml(run)}</${changeTag}>` : escapeHtml(run);
  }
  return open === undefined ? html : `${html}</mark>`;
}

function sideBySide(verdict: ArticleVerdict, article: Article | undefined, context: HtmlContext): string {
  const blocks: string[] = [];
  for (const [sourceId, passages] of passagesBySource(verdict, context.articles)) {
    const source = context.articles.get(sourceId);
    const sourceText = source?.text ?? '';
    const articleText = article?.text ?? '';
    const marks = markPassages(passages, sourceText, articleText);
    const where = (a: Article | undefined) => (byline(a) === '' ? '' : ` · ${escapeHtml(byline(a))}`);
    const missing = '<span class="muted">(text not available)</span>';
    blocks.push(
      `<div class="sbs"><div><h4>Source ${articleLink(sourceId, context)}${where(source)}</h4>` +
        `<div class="text">${source === undefined ? missing : markedText(sourceText, marks.source, 'del')}</div></div>` +
        `<div><h4>This article${where(article)}</h4>` +
        `<div class="text">${article === undefined ? missing : markedText(articleText, marks.article, 'ins')}</div></div></div>`,
    );
  }
  return blocks.join('');
}

const LEGEND =
  '<p class="legend"><mark class="aligned">aligned passage</mark> · <del class="changed">wording in the source</del> · ' +
  '<ins class="changed">changed wording in this article</ins></p>';

/** One collapsible article: its facts, then the side-by-side view against its sources, or its text. */
export function articleDetails(verdict: ArticleVerdict, context: HtmlContext): string {
  const article = context.articles.get(verdict.id);
  const anchor = context.anchors.get(verdict.id) ?? '';
  const from = provenanceHtml(verdict, context);
  const title = article?.title === undefined ? '' : ` — ${escapeHtml(article.title)}`;
  const derived = verdict.source !== null || verdict.sources.length > 0;
  const body = derived
    ? `${substitutionList(verdict)}${LEGEND}${sideBySide(verdict, article, context)}`
    : `<div class="text">${article === undefined ? '<span class="muted">(text not available)</span>' : escapeHtml(article.text)}</div>`;
  return (
    `<details class="article ${relationClass(verdict.relation)}" id="${anchor}"><summary>${badge(verdict.relation)} ` +
    `<b>${escapeHtml(verdict.id)}</b>${from === '' ? '' : ` ${from}`}${title}</summary>` +
    `<div class="body">${facts(verdict, article, context)}${body}</div></details>`
  );
}

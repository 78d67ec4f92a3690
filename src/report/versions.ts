import type { StorySummary } from '../core/contract/index.js';
import type { Discrepancy } from '../core/facts/index.js';
import { escapeHtml } from './escape-html.js';
import { inlineText } from './format.js';

/** "rise → arise; damage → harm": a discrepancy's changed words, or its two wordings. */
function changeLine(d: Discrepancy): string {
  if (d.changes !== undefined && d.changes.length > 0) {
    return d.changes.map((c) => `${c.removed || '∅'} → ${c.added || '∅'}`).join('; ');
  }
  return d.versions.map((v) => v.text).join(' → ');
}

/** The text report's lines on what the versions of a story say (none for a story with nothing to say). */
export function versionLines(story: StorySummary): string[] {
  const lines: string[] = [];
  if (story.originalAbsent !== undefined) {
    const { closest, credits } = story.originalAbsent;
    lines.push(
      `  The original is not in the corpus: ${inlineText(closest, 40)}, the closest copy, credits ${inlineText(credits, 60)}.`,
    );
  }
  if (story.brief !== undefined && story.brief.length > 0) {
    lines.push('  Brief (sentences most versions support):');
    for (const b of story.brief) lines.push(`    · ${inlineText(b.text, 200)} [${b.supportedBy.join(' ')}]`);
  }
  if (story.discrepancies !== undefined && story.discrepancies.length > 0) {
    lines.push('  Discrepancies:');
    for (const d of story.discrepancies) {
      const who = d.versions.map((v) => v.article).join(' → ');
      lines.push(`    · ${d.kind} ${who}: ${inlineText(changeLine(d), 160)}`);
    }
  }
  if (story.uniqueClaims !== undefined && story.uniqueClaims.length > 0) {
    lines.push('  Only one version says:');
    for (const c of story.uniqueClaims) lines.push(`    · ${c.article}: ${inlineText(c.text, 160)}`);
  }
  return lines;
}

/** The HTML report's section on what the versions of a story say ('' for nothing to say). */
export function versionsHtml(story: StorySummary, link: (id: string) => string): string {
  const parts: string[] = [];
  if (story.originalAbsent !== undefined) {
    const { closest, credits } = story.originalAbsent;
    parts.push(
      `<p class="absent">The original is not in the corpus: ${link(closest)}, the closest copy, credits ${escapeHtml(credits)}.</p>`,
    );
  }
  if (story.brief !== undefined && story.brief.length > 0) {
    const items = story.brief.map(
      (b) => `<li>${escapeHtml(b.text)} <span class="muted">${b.supportedBy.map(link).join(' ')}</span></li>`,
    );
    parts.push(`<h3>Brief</h3><ul class="brief">${items.join('')}</ul>`);
  }
  if (story.discrepancies !== undefined && story.discrepancies.length > 0) {
    const items = story.discrepancies.map((d) => {
      const sides = d.versions.map((v) => `${link(v.article)} “${escapeHtml(v.text)}”`).join(' → ');
      const changes = d.changes?.length ? ` <span class="muted">${escapeHtml(changeLine(d))}</span>` : '';
      return `<li><b>${escapeHtml(d.kind)}</b> ${sides}${changes}</li>`;
    });
    parts.push(`<h3>Discrepancies</h3><ul class="discrepancies">${items.join('')}</ul>`);
  }
  if (story.uniqueClaims !== undefined && story.uniqueClaims.length > 0) {
    const items = story.uniqueClaims.map((c) => `<li>${link(c.article)} ${escapeHtml(c.text)}</li>`);
    parts.push(`<h3>Only one version says</h3><ul class="claims">${items.join('')}</ul>`);
  }
  return parts.join('');
}

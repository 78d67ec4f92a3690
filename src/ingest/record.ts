import type { Article } from '../core/contract/types.js';
import { issue, type RecordLocation, type Result } from '../errors/index.js';
import { isIsoDate } from './dates.js';
import { fail, looksBinaryText, normaliseArticleText } from './decode.js';
import { articleFromHtml } from './html-article.js';
import { outletFromUrl } from './urls.js';

const CONTRACT_FIELDS = new Set(['id', 'text', 'html', 'title', 'url', 'outlet', 'published']);
const OPTIONAL_STRING_FIELDS = ['title', 'url', 'outlet', 'published'] as const;
type OptionalField = (typeof OPTIONAL_STRING_FIELDS)[number];

function recordId(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * One input record (a parsed JSONL line) to an article, by the data contract.
 *
 * Strict about what the record states, since a person or program wrote it: a field of the wrong type,
 * or a `published` that is not ISO 8601, rejects the record with INPUT_INVALID_FIELD rather than being
 * dropped silently. `null` counts as absent. Optional strings are trimmed and dropped when empty.
 * When both `text` and `html` are given, `text` wins and the page is not parsed.
 */
export function articleFromRecord(value: unknown, location: RecordLocation): Result<Article> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(issue('INPUT_INVALID_JSON', 'the line is JSON but not an object', location));
  }
  const record = value as Record<string, unknown>;
  if (record.id !== undefined && record.id !== null && typeof record.id !== 'string' && typeof record.id !== 'number') {
    return fail(issue('INPUT_INVALID_FIELD', '"id" must be a string or a number', location));
  }
  const id = recordId(record.id);
  if (id === undefined) return fail(issue('INPUT_MISSING_ID', 'the record has no "id" (or an empty one)', location));
  const at: RecordLocation = { ...location, record: id };

  const fields: Partial<Record<OptionalField, string>> = {};
  for (const name of OPTIONAL_STRING_FIELDS) {
    const field = record[name];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') return fail(issue('INPUT_INVALID_FIELD', `"${name}" must be a string`, at));
    if (field.trim() !== '') fields[name] = field.trim();
  }
  if (fields.published !== undefined && !isIsoDate(fields.published)) {
    return fail(issue('INPUT_INVALID_FIELD', `"published" is not an ISO 8601 date: ${fields.published}`, at));
  }

  const text = record.text ?? null;
  const html = record.html ?? null;
  if (text === null && html === null) {
    return fail(issue('INPUT_MISSING_TEXT', 'the record has neither "text" nor "html"', at));
  }
  for (const [name, field] of [
    ['text', text],
    ['html', html],
  ] as const) {
    if (field !== null && typeof field !== 'string') {
      return fail(issue('INPUT_INVALID_FIELD', `"${name}" must be a string`, at));
    }
  }

  let article: Article;
  if (typeof text === 'string') {
    article = { id, text: normaliseArticleText(text) };
  } else {
    const page = articleFromHtml(html as string, fields.url === undefined ? { id } : { id, url: fields.url });
    if (!page.ok) return fail(...page.issues.map((problem) => ({ ...problem, ...at })));
    article = page.value;
  }
  if (article.text === '') return fail(issue('INPUT_EMPTY', 'the article text is empty', at));
  if (looksBinaryText(article.text)) return fail(issue('INPUT_BINARY', 'the text is binary, not prose', at));

  // The record's own fields win over what the page says about itself.
  if (fields.title !== undefined) article.title = fields.title;
  if (fields.url !== undefined) article.url = fields.url;
  if (fields.published !== undefined) article.published = fields.published;
  const outlet = fields.outlet ?? article.outlet ?? outletFromUrl(article.url);
  if (outlet !== undefined) article.outlet = outlet;

  const meta = Object.fromEntries(Object.entries(record).filter(([key]) => !CONTRACT_FIELDS.has(key)));
  if (Object.keys(meta).length > 0) article.meta = meta;
  return { ok: true, value: article };
}

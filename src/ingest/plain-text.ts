import type { Article } from '../core/contract/types.js';
import { issue, type RecordLocation, type Result } from '../errors/index.js';
import { fail, normaliseArticleText } from './decode.js';

export type PlainTextKind = 'text' | 'markdown';

/** A first line this short, followed by a blank line, reads as the headline of a .txt file. */
const MAX_TEXT_TITLE_LENGTH = 150;

interface Split {
  title: string;
  rest: string;
}

function markdownTitle(text: string): Split | undefined {
  const atx = /^#{1,6}[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(text);
  if (atx?.[1]) return { title: atx[1].trim(), rest: text.slice(atx[0].length) };
  const setext = /^([^\n]+)\n(=+|-+)[ \t]*(?:\n|$)/.exec(text);
  if (setext?.[1]) return { title: setext[1].trim(), rest: text.slice(setext[0].length) };
  return undefined;
}

function plainTitle(text: string): Split | undefined {
  const match = /^([^\n]+)\n[ \t]*\n/.exec(text);
  const title = match?.[1]?.trim();
  if (!match || !title || title.length > MAX_TEXT_TITLE_LENGTH) return undefined;
  return { title, rest: text.slice(match[0].length) };
}

/**
 * One article from a .txt or .md file. The first line becomes the title when it looks like one
 * (`# Heading` or a setext heading in Markdown; in plain text a short line followed by a blank line)
 * and something follows it; the rest is the text, kept as written, Markdown syntax included.
 */
export function articleFromPlainText(content: string, id: string, kind: PlainTextKind): Result<Article> {
  const location: RecordLocation = { record: id };
  const text = normaliseArticleText(content);
  if (text === '') return fail(issue('INPUT_EMPTY', 'the file is empty', location));
  const split = kind === 'markdown' ? markdownTitle(text) : plainTitle(text);
  const rest = split?.rest.trim();
  if (split === undefined || !rest) return { ok: true, value: { id, text } };
  return { ok: true, value: { id, text: rest, title: split.title } };
}

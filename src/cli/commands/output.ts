import fs from 'node:fs';
import path from 'node:path';
import { type Engine, withInsights } from '../../engine/index.js';
import { StorytraceError } from '../../errors/index.js';
import { renderHtml, renderJson, renderText } from '../../report/index.js';
import { type CliIo, write } from '../io.js';

export const FORMATS = ['text', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new StorytraceError('USAGE', `unknown format ${JSON.stringify(value)} (use ${FORMATS.join(', ')})`);
}

/**
 * The report of the whole store, with what the versions of each story say (brief, discrepancies,
 * claims of one version). JSON reads the texts for that a share of stories at a time; text and HTML,
 * which show every article, read them all once and serve both from them.
 */
export async function renderReport(engine: Engine, format: Format): Promise<string> {
  const report = await engine.report();
  if (format === 'json') return renderJson(await withInsights(report, (ids) => engine.articles(ids)));
  const articles = await engine.articles();
  const told = await withInsights(report, async () => articles);
  return format === 'html' ? renderHtml(told, articles) : renderText(told, articles);
}

/** Writes to --out (atomically: a temporary file renamed into place) or to stdout. */
export function emit(content: string, out: string | undefined, io: CliIo): void {
  if (out === undefined) {
    write(io.stdout, content);
    return;
  }
  const target = path.resolve(io.cwd, out);
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, target);
}

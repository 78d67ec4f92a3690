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
 * claims of one version). The texts are read from the store for that, a share of stories at a time.
 */
export async function renderReport(engine: Engine, format: Format): Promise<string> {
  const report = await withInsights(await engine.report(), (ids) => engine.articles(ids));
  if (format === 'json') return renderJson(report);
  const articles = await engine.articles();
  return format === 'html' ? renderHtml(report, articles) : renderText(report, articles);
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

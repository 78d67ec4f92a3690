import { looksLikeSnippetPage, machineStyle, pageShape } from '../../core/classify/index.js';
import type { IntrinsicSigns } from './jobs.js';

export function intrinsicSigns(text: string): IntrinsicSigns {
  const style = machineStyle(text);
  return {
    snippetPage: looksLikeSnippetPage(pageShape(text)),
    ...(style === undefined ? {} : { machineStyle: style }),
  };
}

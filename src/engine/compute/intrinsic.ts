import { looksLikeSnippetPage, machineStyle, pageShape } from '../../core/classify/index.js';
import { attribution } from '../../core/facts/index.js';
import { detectLanguage } from '../../core/text/index.js';
import type { IntrinsicSigns } from './jobs.js';

export function intrinsicSigns(text: string): IntrinsicSigns {
  const style = machineStyle(text);
  const language = detectLanguage(text);
  const credits = attribution(text);
  return {
    snippetPage: looksLikeSnippetPage(pageShape(text)),
    ...(style === undefined ? {} : { machineStyle: style }),
    ...(language === undefined ? {} : { language }),
    ...(credits === undefined ? {} : { attribution: credits }),
  };
}

import { isCalendarWord } from './calendar.js';
import type { Quote } from './types.js';

/** Text between straight or curly double quotes, on one line. */
const QUOTED = /["“]([^"“”\n]{2,600})["”]/g;
const MIN_QUOTE_WORDS = 4;
/** How far from a quotation its attribution is looked for. */
const ATTRIBUTION_CHARS = 80;
/** "…, said Mayor Gareth Holm" / "Gareth Holm, the mayor, said" / "according to Holm". */
const NAME = "((?:[A-Z][\\p{L}'’.-]+\\s){0,3}[A-Z][\\p{L}'’-]+)";
const SAID = '(?:said|says|told|added|stated|wrote|explained|warned|according to)';
const AFTER = new RegExp(`^[,\\s]*(?:${SAID})\\s+(?:(?:the|a)\\s+)?(?:[a-z]+\\s+)?${NAME}`, 'u');
const BEFORE = new RegExp(`${NAME}(?:,[^,]{1,60},)?\\s+(?:${SAID})[,:\\s]*$`, 'u');

/**
 * Quotations of four words or more, each with its speaker when the sentence names one next to a verb
 * of saying ("…," said Mayor Gareth Holm; Holm said: "…"). A pronoun ("he said") names nobody: the
 * speaker is then left out rather than guessed.
 */
export function quotations(text: string): Quote[] {
  const found: Quote[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? '';
    if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const start = (m.index ?? 0) + 1;
    const end = start + inner.length;
    const after = text.slice(end + 1, end + 1 + ATTRIBUTION_CHARS).split('\n')[0] ?? '';
    const before = (
      text
        .slice(Math.max(0, start - 1 - ATTRIBUTION_CHARS), start - 1)
        .split(/\n|[.!?]\s/)
        .pop() ?? ''
    ).trimStart();
    const named = AFTER.exec(after)?.[1] ?? BEFORE.exec(before)?.[1];
    // "said the mayor on Monday", "said police in London": a day or a place is nobody.
    const speaker = named !== undefined && !isCalendarWord(named) ? named : undefined;
    found.push({ text: inner, start, end, ...(speaker === undefined ? {} : { speaker: speaker.trim() }) });
  }
  return found;
}

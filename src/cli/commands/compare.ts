import type { Engine } from '../../engine/index.js';
import { type CliIo, write } from '../io.js';

const EXCERPT = 160;

/** One pair explained: both readings, the scores behind them, aligned passages side by side. */
export async function comparePairCommand(
  engine: Engine,
  a: string,
  b: string,
  json: boolean,
  io: CliIo,
): Promise<void> {
  const explained = await engine.explain(a, b);
  if (json) {
    write(io.stdout, JSON.stringify(explained, null, 2));
    return;
  }
  const { comparison, textA, textB } = explained;
  const lines = [
    `${a} ↔ ${b}: topic similarity ${comparison.topic.toFixed(2)}`,
    `  if ${a} derives from ${b}: ${comparison.ab.verdict.relation} (${comparison.ab.verdict.score})`,
    `  if ${b} derives from ${a}: ${comparison.ba.verdict.relation} (${comparison.ba.verdict.score})`,
    `  coverage: ${pct(comparison.ab.features.coverageA)} of ${a}, ${pct(comparison.ab.features.coverageB)} of ${b}; exact ${pct(comparison.ab.features.exactA)} / ${pct(comparison.ab.features.exactB)}`,
    `  sentences: ${pct(comparison.ab.features.sentencesMatchedA)} of ${a} matched, ${pct(comparison.ba.features.sentencesMatchedA)} of ${b}`,
    '',
    `Aligned passages (${comparison.passages.length}):`,
  ];
  for (const p of comparison.passages) {
    lines.push(`  ${a} [${p.start}-${p.end}]  ${excerpt(textA.slice(p.start, p.end))}`);
    lines.push(`  ${b} [${p.sourceStart}-${p.sourceEnd}]  ${excerpt(textB.slice(p.sourceStart, p.sourceEnd))}`);
    lines.push('');
  }
  if (comparison.passages.length === 0 && comparison.sentencePairs.length > 0) {
    lines.push(`Matched sentences (${comparison.sentencePairs.length}):`);
    for (const p of comparison.sentencePairs) {
      lines.push(`  ${a}: ${excerpt(textA.slice(p.start, p.end))}`);
      lines.push(`  ${b}: ${excerpt(textB.slice(p.sourceStart, p.sourceEnd))}`);
      lines.push('');
    }
  }
  lines.push(`Substitutions (${comparison.substitutions.length}, ${b} wording → ${a} wording):`);
  for (const [from, to] of comparison.substitutions) lines.push(`  ${from} → ${to}`);
  // Found only between texts neither derives from: what a spinner with no source in the corpus leaves.
  for (const [self, other, direction] of [
    [a, b, comparison.ab],
    [b, a, comparison.ba],
  ] as const) {
    const phrases = direction.swapPhrases ?? [];
    if (phrases.length === 0) continue;
    lines.push('', `Swapped phrases in ${self} (${phrases.length}, ${other} wording → ${self} wording):`);
    for (const p of phrases) lines.push(`  ${p.usual} → ${p.wording}  [${p.start}-${p.end}]`);
  }
  write(io.stdout, lines.join('\n'));
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/**
 * How much of each labelled near-verbatim or spun copy and its labelled source the aligner's evidence
 * covers (../shared/data/wild-dev, as prepared in .eval/wild-dev): the share of the shorter text's words
 * inside reported passages, gaps included. Words are masked for boilerplate as the engine masks them
 * (known furniture patterns, lines repeated across unrelated articles of the set).
 */
import fs from 'node:fs';
import path from 'node:path';
import { align, spanned } from '../src/core/align/index.js';
import { BoilerplateIndex } from '../src/core/boilerplate/index.js';
import { tokenize } from '../src/core/text/index.js';

export const COVERAGE_TARGET = 0.8;
const COPY_RELATIONS = new Set(['near_verbatim', 'spun']);

export interface PairCoverage {
  id: string;
  source: string;
  relation: string;
  /** Share of the shorter text's words inside evidence passages. */
  coverage: number;
}

interface Doc {
  id: string;
  text: string;
}

interface Label {
  id: string;
  relation?: string;
  source_id?: string | null;
}

/** Coverage of every labelled copy–source pair; undefined when the prepared set is absent. */
export function evaluateCopyCoverage(setDir: string): PairCoverage[] | undefined {
  const docsFile = path.join(setDir, 'docs.jsonl');
  const labelsFile = path.join(setDir, 'labels.jsonl');
  if (!fs.existsSync(docsFile) || !fs.existsSync(labelsFile)) return undefined;
  const docs = new Map(readJsonl<Doc>(docsFile).map((d) => [d.id, d.text]));
  const boilerplate = new BoilerplateIndex();
  for (const [id, text] of docs) boilerplate.add(id, text);
  const words = (text: string) => tokenize(text, boilerplate.spans(text));
  return readJsonl<Label>(labelsFile).flatMap((label) => {
    const copy = docs.get(label.id);
    const source = label.source_id ? docs.get(label.source_id) : undefined;
    if (!COPY_RELATIONS.has(label.relation ?? '') || copy === undefined || source === undefined) return [];
    const a = words(copy);
    const b = words(source);
    const { evidence } = align(a, b);
    const shorterIsA = a.count <= b.count;
    const shorter = Math.min(a.count, b.count);
    const inside = spanned(evidence, shorterIsA ? 'a' : 'b', shorter);
    return [
      {
        id: label.id,
        source: label.source_id ?? '',
        relation: label.relation ?? '',
        coverage: shorter === 0 ? 0 : inside / shorter,
      },
    ];
  });
}

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

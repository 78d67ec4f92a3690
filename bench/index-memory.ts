/** Bytes of candidate index per article: heap and typed-array memory an index holds, measured after GC. */
import v8 from 'node:v8';
import vm from 'node:vm';
import { CandidateIndex, type IndexedDocument } from '../src/core/candidates/index.js';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

function used(): number {
  // Twice: typed arrays freed by one collection leave the arrayBuffers count when the next one starts.
  collect();
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * Memory the index holds for `documents` (their signatures, samples and terms included, as the index
 * keeps them), over their number. Each document is made by `make` and only its indexed part is kept.
 */
export function indexBytesPerArticle(count: number, make: (i: number) => IndexedDocument): number {
  const before = used();
  const index = new CandidateIndex();
  for (let i = 0; i < count; i++) index.add(i, make(i));
  const bytes = used() - before;
  if (index.size !== count) throw new Error('index lost documents');
  return bytes / count;
}

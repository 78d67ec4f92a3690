import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo corpus shipped with the package (dist/src/cli/commands → repository root). */
export function demoCorpusPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', '..', '..', 'demo', 'corpus', 'articles.jsonl');
}

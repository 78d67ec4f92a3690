import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Issue, issue } from '../errors/index.js';

export type WalkEntry = { file: string; id: string } | { issue: Issue };

function byCodeUnit(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
};

/** A file system error, or a parser giving up on hostile content, as an issue naming the file. */
export function unreadable(file: string, error: unknown): Issue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) {
    const reason = error instanceof Error ? error.message : String(error);
    return issue('INPUT_UNREADABLE', `cannot parse it: ${reason}`, { file });
  }
  return issue('INPUT_UNREADABLE', `cannot read it: ${REASONS[code] ?? code}`, { file });
}

/**
 * The files under a folder, recursively, in code-unit order of their names (not locale order, so runs
 * are byte-identical everywhere), skipping dotfiles and dot-folders. `id` is the path relative to
 * `root` with POSIX separators. Symbolic links are followed, each real folder visited once.
 */
export async function* filesUnder(root: string): AsyncGenerator<WalkEntry> {
  const visited = new Set<string>();
  async function* walk(folder: string, relative: string): AsyncGenerator<WalkEntry> {
    let names: string[];
    try {
      const real = await realpath(folder);
      if (visited.has(real)) return;
      visited.add(real);
      names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort(byCodeUnit);
    } catch (error) {
      yield { issue: unreadable(folder, error) };
      return;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      const id = relative === '' ? name : `${relative}/${name}`;
      let stats: Stats;
      try {
        stats = await stat(file);
      } catch (error) {
        yield { issue: unreadable(file, error) };
        continue;
      }
      if (stats.isDirectory()) yield* walk(file, id);
      else if (stats.isFile()) yield { file, id };
    }
  }
  yield* walk(root, '');
}

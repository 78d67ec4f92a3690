import { setTimeout as delay } from 'node:timers/promises';
import type { Engine } from '../../engine/index.js';
import { EXIT, exitCodeFor, formatIssue, type Issue, StorytraceError } from '../../errors/index.js';
import { pollFeed, streamOf, ValidatorMemory } from '../../fetch/index.js';
import { type CliIo, write } from '../io.js';
import { describeSummary } from './add.js';

export interface WatchOptions {
  /** From one poll of every feed to the next, in milliseconds. */
  every: number;
  once: boolean;
  /** Fetch from loopback, private and link-local addresses too. */
  allowPrivate: boolean;
  /** Item pages fetched at most per feed and poll. */
  maxPages: number;
}

interface Watch {
  engine: Engine;
  options: WatchOptions;
  validators: ValidatorMemory;
  /** Aborted when the process is told to stop: fetches in flight end, the add in flight finishes. */
  stopping: AbortSignal;
  io: CliIo;
}

const say = (io: CliIo, line: string) => write(io.stderr, `storytrace watch: ${line}`);

/** One poll of one feed, reported in a line; returns the problems that make a poll fail. */
async function pollOne(url: string, watch: Watch): Promise<Issue[]> {
  const { engine, options, validators, io } = watch;
  const poll = await pollFeed(url, {
    fetch: { allowPrivate: options.allowPrivate, signal: watch.stopping },
    validators: validators.get(url),
    isKnown: async (id) => (await engine.articles([id])).has(id),
    maxPages: options.maxPages,
  });
  if (poll.notModified) {
    say(io, `${url}: not modified`);
    return [];
  }
  for (const problem of poll.problems) say(io, `${formatIssue(problem)} (the feed's own text is kept)`);
  const rejected: Issue[] = [];
  const summary = await engine.add(streamOf(poll.articles), {
    replace: false,
    onIssue: (problem) => {
      rejected.push(problem);
      say(io, formatIssue(problem));
    },
  });
  validators.remember(url, poll.validators);
  const waiting = poll.deferred === 0 ? '' : `, ${poll.deferred} left for the next poll`;
  say(io, `${url}: ${poll.items} items, ${poll.articles.length} new${waiting}; ${describeSummary(summary)}`);
  return rejected;
}

/** Polls every feed once; a feed that fails is reported and the others go on. Returns the exit code. */
async function pollAll(feeds: readonly string[], watch: Watch): Promise<number> {
  let exitCode: number = EXIT.OK;
  for (const url of feeds) {
    if (watch.stopping.aborted) break;
    try {
      const first = (await pollOne(url, watch))[0];
      if (first !== undefined && exitCode === EXIT.OK) exitCode = exitCodeFor(first.code);
    } catch (error) {
      // A feed that cannot be fetched or read fails alone; a store that cannot be written fails the command.
      const code = error instanceof StorytraceError ? error.code : undefined;
      if (code === undefined || !(code.startsWith('FETCH_') || code.startsWith('INPUT_'))) throw error;
      if (watch.stopping.aborted) break;
      say(watch.io, `${url}: ${code}: ${(error as Error).message}`);
      if (exitCode === EXIT.OK) exitCode = exitCodeFor(code);
    }
  }
  return exitCode;
}

/**
 * Polls the feeds every `options.every` until the process is told to stop (or once, with `once`),
 * adding each new item with the text of its page. Validators are held for the process: each poll
 * after the first asks whether a feed changed. Returns the exit code: that of the first failure of
 * a single poll (`once`), else 0 once stopped.
 */
export async function watchFeeds(
  engine: Engine,
  feeds: readonly string[],
  options: WatchOptions,
  io: CliIo,
): Promise<number> {
  const stop = new AbortController();
  const watch: Watch = { engine, options, validators: new ValidatorMemory(), stopping: stop.signal, io };
  if (options.once) return pollAll(feeds, watch);
  if (io.untilStopped === undefined) throw new StorytraceError('USAGE', 'watch runs only as a process (or use --once)');
  void io.untilStopped().then(() => stop.abort());
  say(io, `polling ${feeds.length} feed(s) every ${options.every / 1000} s; Ctrl-C stops`);
  while (!stop.signal.aborted) {
    await pollAll(feeds, watch);
    await delay(options.every, undefined, { signal: stop.signal }).catch(() => {});
  }
  say(io, 'stopped');
  return EXIT.OK;
}

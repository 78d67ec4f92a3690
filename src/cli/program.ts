import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { EngineOptions } from '../engine/index.js';
import { EXIT, exitCodeFor, StorytraceError } from '../errors/index.js';
import { addInputs, describeSummary } from './commands/add.js';
import { comparePairCommand } from './commands/compare.js';
import { demoCorpusPath } from './commands/demo.js';
import { learnSpinLexicon, readSpinLexicon } from './commands/lexicon.js';
import { emit, parseFormat, renderReport } from './commands/output.js';
import { listStories, showStory } from './commands/report.js';
import { describeRemoval, removeArticles } from './commands/rm.js';
import { type ServeOptions, serve, serverToken } from './commands/serve.js';
import { watchFeeds } from './commands/watch.js';
import { parseDuration, parseInterval } from './duration.js';
import { type CliIo, write } from './io.js';
import { storeLocation, withEngine } from './session.js';

const EXAMPLES: Record<string, string> = {
  add: `
Examples:
  $ storytrace add articles.jsonl
  $ storytrace add feeds/ pages/*.html --db newsroom.db
  $ cat today.jsonl | storytrace add -
  $ tail -f feed.jsonl | storytrace add - --window 30d`,
  rm: `
Examples:
  $ storytrace rm a17
  $ storytrace rm a17 a23 --db newsroom.db`,
  analyze: `
Examples:
  $ storytrace analyze articles.jsonl --format json --out report.json
  $ storytrace analyze pages/ --db :memory: --format html --out report.html`,
  report: `
Examples:
  $ storytrace report
  $ storytrace report --format json | jq '.stories[0]'`,
  stories: `
Examples:
  $ storytrace stories
  $ storytrace stories --json`,
  story: `
Examples:
  $ storytrace story s1
  $ storytrace story s1 --json`,
  compare: `
Examples:
  $ storytrace compare a1 a2
  $ storytrace compare a1 a2 --json`,
  lexicon: `
Examples:
  $ storytrace lexicon --out spin-lexicon.tsv
  $ storytrace add other-feed.jsonl --db other.db --spin-lexicon spin-lexicon.tsv`,
  serve: `
Examples:
  $ storytrace serve --db newsroom.db
  $ STORYTRACE_TOKEN=$(openssl rand -hex 16) storytrace serve --host 0.0.0.0 --port 8080
  $ curl -X POST localhost:8080/articles -H 'content-type: application/x-ndjson' --data-binary @articles.jsonl
  $ curl -X POST localhost:8080/fetch -H 'content-type: application/json' -d '{"url": "https://example.com/news/1"}'`,
  watch: `
Examples:
  $ storytrace watch https://example.com/rss.xml https://example.org/atom.xml --db newsroom.db
  $ storytrace watch https://example.com/rss.xml --every 30m --max-pages 50
  $ storytrace watch https://example.com/rss.xml --once   # from cron`,
  demo: `
Examples:
  $ storytrace demo
  $ storytrace demo --format html --out demo.html`,
};

/** Runs the command line and returns the exit code; only main.ts exits the process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.OK;
  const program = new Command('storytrace')
    .description('Trace how news stories spread and mutate: stories, copies, spins, rewrites and their sources.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText(
      'after',
      `
Exit codes: 0 ok, 1 internal error, 2 usage, 3 some input records rejected (the rest was added),
            4 article or story not found, 5 store error.
The store is ./storytrace.db unless --db PATH or $STORYTRACE_DB says otherwise (':memory:' keeps nothing).`,
    );
  const dbOption = () =>
    new Option('--db <path>', "store file, ':memory:', or $STORYTRACE_DB (default ./storytrace.db)");
  const windowOption = () =>
    new Option(
      '--window <duration>',
      'compare new articles only with articles at most this much older than the newest seen (12h, 30d, 2w); ' +
        'older ones stay in the store and the report',
    ).argParser(parseDuration);
  const workersOption = () =>
    new Option('--workers <n>', 'worker threads comparing articles (default: one per core but one)').argParser(
      parseWorkers,
    );
  const lexiconOption = () =>
    new Option(
      '--spin-lexicon <file>',
      "a spinner's phrases (from `storytrace lexicon`): a text with three of its swaps, and no source in the corpus, is spun",
    );
  const modelOption = () =>
    new Option(
      '--sentence-model <folder>',
      'a sentence model (model.onnx or onnx/model.onnx, tokenizer.json): align sentences by meaning as well as by words',
    );
  const formatOption = () =>
    new Option('--format <format>', 'text, json or html').default('text').argParser(parseFormat);

  const command = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .addHelpText('after', EXAMPLES[name] ?? '');

  command('add', 'add articles (JSONL, .txt/.md/.html files or folders, RSS/Atom feeds, - for stdin)')
    .argument('<inputs...>')
    .addOption(dbOption())
    .option('--replace', 'replace an article whose id exists with a different text')
    .addOption(windowOption())
    .addOption(workersOption())
    .addOption(lexiconOption())
    .addOption(modelOption())
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], opts: AddingFlags & { db?: string; replace?: boolean; json?: boolean }) => {
      await withEngine(
        storeLocation(opts.db, io),
        async (engine) => {
          const { summary, issues } = await addInputs(engine, inputs, opts.replace === true, io);
          write(io.stdout, opts.json ? JSON.stringify({ ...summary, issues }, null, 2) : describeSummary(summary));
          if (issues.length > 0) exitCode = EXIT.INPUT_REJECTED;
        },
        addingOptions(opts, io.cwd),
      );
    });

  command('rm', 'remove articles; the stories they were in are regrouped and traced again')
    .argument('<ids...>')
    .addOption(dbOption())
    .option('--json', 'print the summary as JSON')
    .action(async (ids: string[], opts: { db?: string; json?: boolean }) => {
      await withEngine(storeLocation(opts.db, io), async (engine) => {
        const { summary, issues } = await removeArticles(engine, ids, io);
        write(io.stdout, opts.json ? JSON.stringify({ ...summary, issues }, null, 2) : describeRemoval(summary));
        const first = issues[0];
        if (first !== undefined) exitCode = exitCodeFor(first.code);
      });
    });

  command('analyze', 'add articles, then write the report')
    .argument('<inputs...>')
    .addOption(dbOption())
    .addOption(formatOption())
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--replace', 'replace an article whose id exists with a different text')
    .addOption(windowOption())
    .addOption(workersOption())
    .addOption(lexiconOption())
    .addOption(modelOption())
    .action(
      async (
        inputs: string[],
        opts: AddingFlags & { db?: string; format: ReturnType<typeof parseFormat>; out?: string; replace?: boolean },
      ) => {
        await withEngine(
          storeLocation(opts.db, io),
          async (engine) => {
            const { summary, issues } = await addInputs(engine, inputs, opts.replace === true, io);
            write(io.stderr, `storytrace: ${describeSummary(summary)}`);
            emit(await renderReport(engine, opts.format), opts.out, io);
            if (issues.length > 0) exitCode = EXIT.INPUT_REJECTED;
          },
          addingOptions(opts, io.cwd),
        );
      },
    );

  command('report', 'write the report of everything in the store')
    .addOption(dbOption())
    .addOption(formatOption())
    .option('--out <file>', 'write the report to a file instead of stdout')
    .action(async (opts: { db?: string; format: ReturnType<typeof parseFormat>; out?: string }) => {
      await withEngine(storeLocation(opts.db, io), async (engine) => {
        emit(await renderReport(engine, opts.format), opts.out, io);
      });
    });

  command('stories', 'list the stories in the store')
    .addOption(dbOption())
    .option('--json', 'print as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withEngine(storeLocation(opts.db, io), (engine) => listStories(engine, opts.json === true, io));
    });

  command('story', 'show one story: its derivation tree, evidence, brief, discrepancies and what each article says')
    .argument('<id>')
    .addOption(dbOption())
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      await withEngine(storeLocation(opts.db, io), (engine) => showStory(engine, id, opts.json === true, io));
    });

  command('compare', 'explain one pair: aligned passages side by side, substitutions, scores')
    .argument('<a>')
    .argument('<b>')
    .addOption(dbOption())
    .addOption(modelOption())
    .option('--json', 'print as JSON')
    .action(async (a: string, b: string, opts: { db?: string; sentenceModel?: string; json?: boolean }) => {
      await withEngine(
        storeLocation(opts.db, io),
        (engine) => comparePairCommand(engine, a, b, opts.json === true, io),
        addingOptions(opts, io.cwd),
      );
    });

  command('lexicon', "write the spin lexicon learned from the store's confirmed spun articles")
    .addOption(dbOption())
    .option('--out <file>', 'write the lexicon to a file instead of stdout')
    .action(async (opts: { db?: string; out?: string }) => {
      await withEngine(storeLocation(opts.db, io), async (engine) => {
        emit(await learnSpinLexicon(engine), opts.out, io);
      });
    });

  command('demo', 'analyse the bundled demo corpus in memory and print its report')
    .addOption(formatOption())
    .option('--out <file>', 'write the report to a file instead of stdout')
    .action(async (opts: { format: ReturnType<typeof parseFormat>; out?: string }) => {
      await withEngine(':memory:', async (engine) => {
        const { summary } = await addInputs(engine, [demoCorpusPath()], false, io);
        write(io.stderr, `storytrace demo: ${describeSummary(summary)}`);
        emit(await renderReport(engine, opts.format), opts.out, io);
      });
    });

  command('serve', 'serve the HTTP API over the store until stopped (Ctrl-C finishes the writes in flight)')
    .addOption(dbOption())
    .option('--host <address>', 'address to listen on; other than loopback needs $STORYTRACE_TOKEN', '127.0.0.1')
    .option('--port <number>', 'port to listen on (0: any free port)', parsePort, 8080)
    .option('--body-limit <MiB>', 'largest request body, in MiB', parseBodyLimit, 32)
    .option('--allow-private-fetch', 'let POST /fetch reach loopback, private and link-local addresses')
    .addOption(windowOption())
    .addOption(workersOption())
    .addOption(lexiconOption())
    .addOption(modelOption())
    .action(async (opts: ServeOptions & AddingFlags & { db?: string }) => {
      const token = serverToken(opts.host, io);
      await withEngine(storeLocation(opts.db, io), (engine) => serve(engine, opts, token, io), {
        ...addingOptions(opts, io.cwd),
        keepWorkers: true,
      });
    });

  command('watch', 'poll RSS/Atom feeds and add their new items, each read from its page, until stopped')
    .argument('<feeds...>')
    .addOption(dbOption())
    .addOption(
      new Option('--every <interval>', 'time between polls (30s, 10m, 1h)')
        .default(600_000, '10m')
        .argParser(parseInterval),
    )
    .option('--once', 'poll each feed once, then exit (for cron)')
    .option('--max-pages <n>', 'item pages fetched at most per feed and poll; other new items wait', parseMaxPages, 20)
    .option('--allow-private', 'fetch from loopback, private and link-local addresses too')
    .action(
      async (
        feeds: string[],
        opts: { db?: string; every: number; once?: boolean; maxPages: number; allowPrivate?: boolean },
      ) => {
        const options = {
          every: opts.every,
          once: opts.once === true,
          maxPages: opts.maxPages,
          allowPrivate: opts.allowPrivate === true,
        };
        exitCode = await withEngine(storeLocation(opts.db, io), (engine) => watchFeeds(engine, feeds, options, io), {
          keepWorkers: !options.once,
        });
      },
    );

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

/** The flags of the commands that add articles (add, analyze, serve). */
interface AddingFlags {
  window?: number;
  workers?: number;
  spinLexicon?: string;
  sentenceModel?: string;
}

/** Engine options for the --window, --workers, --spin-lexicon and --sentence-model given. */
function addingOptions(opts: AddingFlags, cwd: string): Partial<EngineOptions> {
  return {
    ...(opts.sentenceModel === undefined ? {} : { sentenceModel: path.resolve(cwd, opts.sentenceModel) }),
    ...(opts.window === undefined ? {} : { window: opts.window }),
    ...(opts.workers === undefined ? {} : { workers: opts.workers }),
    ...(opts.spinLexicon === undefined ? {} : { spinLexicon: readSpinLexicon(path.resolve(cwd, opts.spinLexicon)) }),
  };
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    throw new StorytraceError('USAGE', `--workers takes a whole number from 0 to 64, not ${JSON.stringify(value)}`);
  }
  return workers;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StorytraceError('USAGE', `--port takes a port number from 0 to 65535, not ${JSON.stringify(value)}`);
  }
  return port;
}

function parseMaxPages(value: string): number {
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1 || pages > 1000) {
    throw new StorytraceError('USAGE', `--max-pages takes a whole number from 1 to 1000, not ${JSON.stringify(value)}`);
  }
  return pages;
}

function parseBodyLimit(value: string): number {
  const mib = Number(value);
  if (!Number.isFinite(mib) || mib <= 0 || mib > 1024) {
    throw new StorytraceError('USAGE', `--body-limit takes MiB from 1 to 1024, not ${JSON.stringify(value)}`);
  }
  return mib;
}

function handleError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.OK : EXIT.USAGE;
  }
  if (error instanceof StorytraceError) {
    write(io.stderr, `storytrace: ${error.code}: ${error.message}`);
    return exitCodeFor(error.code);
  }
  write(io.stderr, `storytrace: INTERNAL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT.INTERNAL;
}

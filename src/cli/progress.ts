import cliProgress from 'cli-progress';
import type { CliIo } from './io.js';

/** A progress counter on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
export function progressReporter(io: CliIo, label: string): { tick: (done: number) => void; stop: () => void } {
  if (!io.stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} {value} articles | {rate}/s | {duration_formatted}`, stream: io.stderr, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(0, 0, { rate: 0 });
  return {
    tick: (done) =>
      bar.update(done, { rate: Math.round(done / Math.max(0.001, (performance.now() - started) / 1000)) }),
    stop: () => bar.stop(),
  };
}

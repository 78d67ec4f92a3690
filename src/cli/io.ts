/** What a command may touch of the outside world; `main.ts` passes the process's, tests their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Settles when the process is told to stop (SIGINT, SIGTERM): what a long-running command waits for. */
  untilStopped?: () => Promise<void>;
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

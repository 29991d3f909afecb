/** The streams a command uses, passed in so that tests can run commands in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadableStream;
}

/**
 * Exit codes shared by every command (README "Command line" and `--help` list them).
 * 141 is what a shell reports for a program killed by SIGPIPE: Node ignores that signal,
 * so the command line exits with the same status itself when its output pipe closes
 * (`blueprint-lab schema | head -1`), quietly, as `yes | head -1` does.
 */
export const EXIT = {
  ok: 0,
  invalid: 1,
  usage: 2,
  /** The run could not finish (the engine's run budget). */
  unfinished: 3,
  /** An output (the event log, standard output) could not be written. */
  output: 4,
  /** An unexpected exception: a bug to report. */
  internal: 70,
  /** Stopped by Ctrl-C (SIGINT), as shells report it: 128 + 2. */
  interrupted: 130,
  /** The output pipe closed (EPIPE): 128 + SIGPIPE, as shells report it. */
  closedPipe: 141,
} as const;

/** A mistake in the command line itself: exit 2 with the message and a pointer to help. */
export class UsageError extends Error {}

/** An output file that cannot be opened or written: exit 4. */
export class OutputError extends Error {}

/** The user pressed Ctrl-C during a run: exit 130 once the workers are stopped. */
export class Interrupted extends Error {}

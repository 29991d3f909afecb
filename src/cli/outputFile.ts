/**
 * Output files of the command line (the event log): opened only when they cannot be an
 * input too, and every failure to open or write one is an OutputError (exit 4) that
 * names the file, never a stack trace.
 *
 * A regular file is written under a hidden temporary name beside it and renamed into place
 * only when the run has finished, so a run that fails or is interrupted (Ctrl-C) never
 * leaves a half-written file under the name asked for, nor damages an older one there.
 * Devices and pipes (`/dev/stdout`, a FIFO) are written directly: they cannot be renamed onto.
 */
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError, UsageError } from './io.ts';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** Refuses an output that is one of the inputs (the same file by any path or link). */
export function refuseInputAsOutput(option: string, output: string, inputs: readonly string[]) {
  let target;
  try {
    target = statSync(output);
  } catch {
    return; // it does not exist yet, so it is no input
  }
  for (const input of inputs) {
    try {
      const source = statSync(input);
      if (source.dev === target.dev && source.ino === target.ino)
        throw new UsageError(
          `${option} ${output} would overwrite the input file ${input}: choose another file`,
        );
    } catch (error) {
      if (error instanceof UsageError) throw error;
    }
  }
}

export function writeOutput(fd: number, text: string, path: string, what: string): void {
  try {
    writeSync(fd, text);
  } catch (error) {
    throw new OutputError(`cannot write ${what} ${path}: ${reason(error)}`);
  }
}

/** An output being written: `writing` is where the bytes go until `finishOutput` keeps them. */
export interface PendingOutput {
  fd: number;
  /** The name asked for. */
  path: string;
  /** The file written now: a temporary name beside `path`, or `path` itself for a device or pipe. */
  writing: string;
}

function isRegularOrMissing(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true;
  }
}

export function openPendingOutput(path: string, what: string): PendingOutput {
  const writing = isRegularOrMissing(path)
    ? join(dirname(path), `.${basename(path)}.${process.pid}.partial`)
    : path;
  try {
    return { fd: openSync(writing, 'w'), path, writing };
  } catch (error) {
    throw new OutputError(`cannot write ${what} ${path}: ${reason(error)}`);
  }
}

/**
 * Closes the output; `keep` renames it to the name asked for (the run finished), otherwise
 * the temporary file is removed and whatever was under that name before stays as it was.
 */
export function finishOutput(output: PendingOutput, keep: boolean, what: string): void {
  closeSync(output.fd);
  if (output.writing === output.path) return;
  if (!keep) {
    try {
      unlinkSync(output.writing);
    } catch {
      // Already gone: nothing left behind either way.
    }
    return;
  }
  try {
    renameSync(output.writing, output.path);
  } catch (error) {
    throw new OutputError(`cannot write ${what} ${output.path}: ${reason(error)}`);
  }
}

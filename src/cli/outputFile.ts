/**
 * Output files of the command line (the event log): opened only when they cannot be an
 * input too, and every failure to open or write one is an OutputError (exit 4) that
 * names the file, never a stack trace.
 */
import { openSync, statSync, writeSync } from 'node:fs';
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

export function openOutput(path: string, what: string): number {
  try {
    return openSync(path, 'w');
  } catch (error) {
    throw new OutputError(`cannot write ${what} ${path}: ${reason(error)}`);
  }
}

export function writeOutput(fd: number, text: string, path: string, what: string): void {
  try {
    writeSync(fd, text);
  } catch (error) {
    throw new OutputError(`cannot write ${what} ${path}: ${reason(error)}`);
  }
}

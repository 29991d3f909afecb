/** Runs the command line in-process or as the installed program, for the CLI tests. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

export const root = new URL('../../', import.meta.url).pathname;
export const bin = join(root, 'bin/blueprint-lab.mjs');
export const deposit = join(root, 'blueprints/counter-deposit.json');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** main() with captured output; `tty` makes standard error claim to be a terminal. */
export async function run(args: string[], options: { tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
  });
  return { code, stdout, stderr };
}

/**
 * The real program in a child process. `closeStdout` closes the reading end of its
 * output pipe at once, as `| head -1` does once it has its line.
 */
export function runProgram(
  args: string[],
  options: { closeStdout?: boolean; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * The real program in a child process, sent Ctrl-C (SIGINT) once its standard error
 * matches `shown` (a progress line): what it ended with. Not timed: the signal follows
 * what the program says, not a clock.
 */
export function interruptWhenShown(args: string[], shown: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sent && shown.test(stderr)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

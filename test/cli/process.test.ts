/**
 * The command line as a Unix process: exit statuses, a closed output pipe, output files
 * that cannot be written. These spawn the real program (bin/blueprint-lab.mjs).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deposit, root, runProgram } from './support.ts';

const examples = readdirSync(join(root, 'blueprints'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => join(root, 'blueprints', name));
const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-process-'));

describe('a closed output pipe', () => {
  it.each([
    ['validate', ['validate', ...examples]],
    ['schema', ['schema']],
    ['help', ['help']],
  ])('%s ends quietly with the SIGPIPE status 141, no stack trace', async (_name, args) => {
    const result = await runProgram(args, { closeStdout: true });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(141);
  });

  it('`validate … | head -1` prints one line and nothing on standard error', async () => {
    const script = `"${process.execPath}" "${join(root, 'bin/blueprint-lab.mjs')}" validate ${examples
      .map((file) => `"${file}"`)
      .join(' ')} 2>"${join(dir, 'stderr.txt')}" | head -1; cat "${join(dir, 'stderr.txt')}"`;
    const { stdout, stderr } = await promisify(execFile)('sh', ['-c', script]);
    expect(stdout).toBe(`${examples[0]}: valid\n`);
    expect(stderr).toBe('');
  });
});

describe('exit statuses', () => {
  it('0 success, 1 invalid blueprint, 2 usage error or unreadable input', async () => {
    expect((await runProgram(['validate', examples[0]!])).code).toBe(0);
    expect((await runProgram(['validate', join(root, 'package.json')])).code).toBe(1);
    expect((await runProgram(['simulate', deposit, '--seed', '0x10'])).code).toBe(2);
    expect((await runProgram(['validate', join(dir, 'missing.json')])).code).toBe(2);
  });

  it('4 when the event log cannot be written, naming the file', async () => {
    const log = join(dir, 'no-such-folder', 'events.csv');
    const result = await runProgram(['simulate', deposit, '--replications', '1', '--log', log]);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      `blueprint-lab: cannot write the event log ${log}: its folder does not exist\n`,
    );
  });

  it('--help lists every option and every exit status', async () => {
    const { stdout } = await runProgram(['--help']);
    for (const option of [
      ...['json', 'strict', 'replications', 'seed', 'horizon', 'warmup', 'set', 'log'],
      ...['log-format', 'log-date', 'lang', 'jobs'],
    ])
      expect(stdout).toMatch(new RegExp(`^ +--${option} `, 'm'));
    for (const status of ['0', '1', '2', '3', '4', '70', '130', '141'])
      expect(stdout).toMatch(new RegExp(`^  ${status} +\\S`, 'm'));
  });
});

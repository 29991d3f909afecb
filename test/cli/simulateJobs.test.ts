/**
 * `simulate --jobs N` splits the replications over worker threads: the results are the
 * same to the byte for any N, the event log of replication 1 is still written, progress
 * combines the workers', and Ctrl-C stops the run cleanly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/cli/io.ts';
import { errorFromWorker, splitReplications } from '../../src/cli/runWorkers.ts';
import { RunBudgetError } from '../../src/sim/budget.ts';
import { bin, deposit, root, run } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-jobs-'));

describe('--jobs', () => {
  it('gives byte-identical results for 1, 2 and 3 workers', async () => {
    const outputs = [];
    for (const jobs of ['1', '2', '3']) {
      const result = await run([
        'simulate',
        deposit,
        '--replications',
        '5',
        '--json',
        '--jobs',
        jobs,
      ]);
      expect(result.code).toBe(0);
      outputs.push(result.stdout);
    }
    expect(JSON.parse(outputs[0]!).run.replications).toBe(5);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('splits replications into contiguous ranges, as even as can be', () => {
    expect(splitReplications(5, 3)).toEqual([
      { first: 0, count: 2 },
      { first: 2, count: 2 },
      { first: 4, count: 1 },
    ]);
  });

  it('writes the event log of replication 1 from a worker', async () => {
    const log = join(dir, 'events.csv');
    const { code } = await run([
      ...['simulate', deposit, '--replications', '3', '--jobs', '2'],
      ...['--log', log],
    ]);
    expect(code).toBe(0);
    const [header, ...rows] = readFileSync(log, 'utf8').trim().split('\n');
    const replication = header!.split(',').indexOf('replication');
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.every((row) => row.split(',')[replication] === '1')).toBe(true);
  });

  it('combines the workers’ progress into one bar that ends at all replications', async () => {
    const { code, stderr } = await run(
      ['simulate', deposit, '--replications', '4', '--jobs', '2', '--json'],
      { tty: true },
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\rsimulating \[[#.]{30}\] +\d+ % · [0-3]\/4 replications/);
    expect(stderr).toMatch(/\rsimulating \[#{30}\] 100 % · 4\/4 replications\n$/);
  });

  it('ends the command as its own errors would: budget exit 3, output exit 4', () => {
    const problem = { code: 'events' as const, params: { limit: 5, replication: 1, minute: 2 } };
    const failed = { type: 'failed' as const, output: false, message: 'm', stack: undefined };
    const budget = errorFromWorker({ ...failed, budget: problem });
    expect(budget).toBeInstanceOf(RunBudgetError);
    expect((budget as RunBudgetError).problem).toEqual(problem);
    expect(errorFromWorker({ ...failed, output: true })).toBeInstanceOf(OutputError);
    expect(errorFromWorker(failed)).not.toBeInstanceOf(OutputError);
  });

  it.each(['0', '1.5', ' 2', '257'])('--jobs %j is a usage error', async (jobs) => {
    const { code, stderr } = await run(['simulate', deposit, '--jobs', jobs]);
    expect(code).toBe(2);
    expect(stderr).toContain('--jobs must be a whole number from 1 to 256');
  });
});

describe('progress', () => {
  it('moves with the simulated clock within one long replication', async () => {
    const { code, stderr } = await run(
      ['simulate', deposit, '--replications', '1', '--jobs', '1', '--horizon', '20000', '--json'],
      { tty: true },
    );
    expect(code).toBe(0);
    const draws = stderr.split('\r').filter(Boolean);
    expect(draws[0]).toMatch(/^simulating \[[#.]{30}\] +\d+ % · 0\/1 replications$/);
    expect(draws.at(-1)).toBe(`simulating [${'#'.repeat(30)}] 100 % · 1/1 replications\n`);
  });

  it('stays off standard error when it is not a terminal', async () => {
    expect((await run(['simulate', deposit, '--replications', '2', '--jobs', '2'])).stderr).toBe(
      '',
    );
  });
});

describe('Ctrl-C', () => {
  it.each(['1', '2'])(
    '--jobs %s: stops, exits 130 with one line, and leaves no partial log',
    async (jobs) => {
      const log = join(dir, `interrupted-${jobs}.csv`);
      // An older log under that name stays as it was: the new one never replaced it.
      writeFileSync(log, 'an older log\n');
      const child = spawn(
        process.execPath,
        [
          bin,
          'simulate',
          deposit,
          '--horizon',
          '1e7',
          '--replications',
          '2',
          '--jobs',
          jobs,
          '--log',
          log,
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      // The log is written under a temporary name beside it until the run finishes; its
      // header is written by a worker, so once it has bytes the run is under way.
      const partial = () =>
        readdirSync(dir).find(
          (name) => name.startsWith(`.interrupted-${jobs}.csv.`) && name.endsWith('.partial'),
        );
      for (;;) {
        const name = partial();
        if (name && statSync(join(dir, name)).size > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(stderr).toBe('blueprint-lab: interrupted\n');
      expect(partial()).toBeUndefined();
      expect(readFileSync(log, 'utf8')).toBe('an older log\n');
    },
  );
});

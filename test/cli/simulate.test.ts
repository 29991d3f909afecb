import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { minimalJson, setAt } from '../support/builders.ts';

const root = new URL('../../', import.meta.url).pathname;
const deposit = join(root, 'blueprints/counter-deposit.json');
const dir = mkdtempSync(join(tmpdir(), 'blueprint-lab-sim-'));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('blueprint-lab simulate', () => {
  it('prints a report ranking the wait points and fail points, with units and intervals', async () => {
    const { code, stdout } = await run(['simulate', deposit, '--replications', '4']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Counter deposit \(counter-deposit\): business day 09:00–17:00, 4 replications, seed 20261123/,
    );
    expect(stdout).toMatch(/time in system +\d+\.\d\d min \(95 % CI \d+\.\d\d – \d+\.\d\d\)/);
    const waitPoints = stdout.slice(stdout.indexOf('Wait points'), stdout.indexOf('Fail points'));
    expect(waitPoints.split('\n')[2]).toMatch(/^ {2}1 +c-hand-over .* W$/); // the counter queue ranks first, marked W
    expect(stdout).toMatch(/Fail points[\s\S]*1 +f-count/);
    expect(stdout).toMatch(/tellers +\d+\.\d %/);
  });

  it('counts outcomes apart: margin clients turned away are rejected, and the F on the eligibility decision measures them', async () => {
    const margin = join(root, 'blueprints/margin-account-opening.json');
    const { code, stdout } = await run(['simulate', margin, '--replications', '3']);
    expect(code).toBe(0);
    const system = stdout.slice(stdout.indexOf('System'), stdout.indexOf('Wait points'));
    expect(system).toMatch(
      /\n {2}completed +\d+\.\d per day \(95 % CI [^)]*\), \d+\.\d % of those who left/,
    );
    expect(system).toMatch(/\n {2}rejected +\d+\.\d per day/);
    expect(system).not.toMatch(/served/);
    expect(stdout).toMatch(/Fail points[\s\S]*\n {2}\d +d-eligible .* F\n/);
    const classes = stdout.slice(stdout.indexOf('Classes'));
    expect(classes.split('\n')[1]).toMatch(/^ {2}class +completed +rejected +abandoned/);
    expect(classes).toMatch(/\n {2}C +\d+\.\d \(\d+\.\d–\d+\.\d\) +\d+\.\d \(/);
  });

  it("weighs the day's cost beside the wait: all pools, and per transaction", async () => {
    const { stdout } = await run(['simulate', deposit, '--replications', '3']);
    const system = stdout.slice(stdout.indexOf('System'), stdout.indexOf('Wait points'));
    // In the example's currency, yuan (CNY), as English writes it.
    expect(system).toMatch(
      /\n {2}cost of all pools per day +CN¥[\d,]+ \(95 % CI CN¥[\d,]+ – CN¥[\d,]+\)\n/,
    );
    expect(system).toMatch(/\n {2}cost per transaction +CN¥\d+\.\d\d \(95 % CI /);
  });

  it('the report header gives the seed and replications of the run, options included', async () => {
    const { stdout } = await run(['simulate', deposit, '--replications', '1', '--seed', '7']);
    expect(stdout.split('\n')[0]).toMatch(/, 1 replication, seed 7$/);
  });

  it('--json prints the documented results', async () => {
    const { code, stdout } = await run(['simulate', deposit, '--replications', '3', '--json']);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.format).toBe('blueprint-lab-results');
    expect(results.steps['c-hand-over'].wait.mean).toBeGreaterThan(0);
    expect(results.steps['c-hand-over'].wait.ci95).toHaveLength(2);
    expect(results.steps['f-count'].failures.count).toBeGreaterThan(0);
    expect(results.resources.tellers.utilization.mean).toBeGreaterThan(0.5);
    expect(results.system.timeInSystem.mean).toBeGreaterThan(0);
    expect(typeof results.system.served).toBe('number');
    expect(typeof results.system.abandoned).toBe('number');
    // The currency its costs are in: the example's.
    expect(results.currency).toBe('CNY');
  });

  it('--seed and --replications make runs reproducible', async () => {
    const a = await run(['simulate', deposit, '--replications', '2', '--seed', '9', '--json']);
    const b = await run(['simulate', deposit, '--replications', '2', '--seed', '9', '--json']);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).run).toMatchObject({ replications: 2, seed: 9 });
  });

  it('--set changes the blueprint for a what-if: a fifth teller cuts the wait', async () => {
    const four = JSON.parse(
      (await run(['simulate', deposit, '--replications', '4', '--json'])).stdout,
    );
    const five = JSON.parse(
      (
        await run([
          'simulate',
          deposit,
          '--replications',
          '4',
          '--json',
          '--set',
          'resources.tellers.capacity=5',
          '--set',
          'resources.tellers.schedule=[]',
        ])
      ).stdout,
    );
    expect(five.steps['c-hand-over'].wait.mean).toBeLessThan(
      four.steps['c-hand-over'].wait.mean / 2,
    );
  });

  it('--horizon and --warmup run a steady state', async () => {
    const { stdout } = await run([
      'simulate',
      deposit,
      '--replications',
      '2',
      '--horizon',
      '2000',
      '--warmup',
      '200',
      '--json',
    ]);
    expect(JSON.parse(stdout).run).toMatchObject({
      mode: 'steady',
      statsStart: 200,
      arrivalsEnd: 2200,
    });
  });

  it('--warmup alone on a business day is a usage error', async () => {
    const { code, stderr } = await run(['simulate', deposit, '--warmup', '60']);
    expect(code).toBe(2);
    expect(stderr).toContain('--warmup applies to a steady-state run: give --horizon too');
  });

  it('an invalid blueprint prints the validator messages and exits 1', async () => {
    const document = minimalJson();
    setAt(document, ['flows', 0, 'to'], 'nowhere');
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(document));
    const { code, stderr } = await run(['simulate', file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: $.flows[0].to: step "nowhere" does not exist`);
    expect(stderr).toContain('cannot simulate');
  });

  it('a drawing without arrivals says why it cannot be simulated', async () => {
    const document = minimalJson();
    setAt(document, ['arrivals'], undefined);
    const file = join(dir, 'drawing.json');
    writeFileSync(file, JSON.stringify(document));
    const { code, stderr } = await run(['simulate', file]);
    expect(code).toBe(1);
    expect(stderr).toContain('nothing arrives');
  });

  it.each([
    [['simulate'], 'simulate needs exactly one FILE'],
    [
      ['simulate', deposit, '--replications', '0'],
      '--replications must be a whole number from 1 to 10000',
    ],
    [
      ['simulate', deposit, '--horizon', '1e300'],
      '--horizon must be a number of minutes > 0 and at most 10000000',
    ],
    [
      ['simulate', deposit, '--set', 'resources.nobody.capacity=4'],
      'no item "nobody" here (ids: tellers, ticket-machine, core-banking, back-office)',
    ],
    [['simulate', deposit, '--set', 'capacity'], '--set needs PATH=VALUE'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const { code, stderr } = await run(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

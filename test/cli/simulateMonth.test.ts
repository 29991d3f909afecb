/** `simulate --month`: every day type run, each day type's results and the month of them. */
import { describe, expect, it } from 'vitest';
import type { Month } from '../../src/analysis/month.ts';
import type { Results } from '../../src/sim/results.ts';
import { deposit, run } from './support.ts';

async function json(...args: string[]): Promise<unknown> {
  const { code, stdout, stderr } = await run(['simulate', deposit, '--json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe('simulate --month', () => {
  it('runs each day type with its own seed and weighs the days by daysPerMonth', async () => {
    const month = (await json('--month', '--replications', '4', '--seed', '7')) as Month;
    expect(month.format).toBe('blueprint-lab-month');
    expect(month.run).toEqual({ replications: 4, seed: 7 });
    expect(month.dayTypes.map(({ id, daysPerMonth, seed }) => [id, daysPerMonth, seed])).toEqual([
      ['ordinary', 18, 7],
      ['month-end', 3, 8],
      ['pension', 1, 9],
    ]);
    // Day type k is the very run `--day-type` gives with seed + k.
    const pension = (await json(
      '--day-type',
      'pension',
      '--replications',
      '4',
      '--seed',
      '9',
    )) as Results;
    expect(month.dayTypes[2]!.results.system.counts).toEqual(pension.system.counts);
    expect(month.dayTypes[2]!.results.run.dayType).toBe('pension');
    const served = month.dayTypes.reduce(
      (sum, day) => sum + day.daysPerMonth * day.results.system.served,
      0,
    );
    expect(month.month.days).toBe(22);
    expect(month.month.served.mean).toBeCloseTo(served, 6);
    expect(month.month.served.ci95![0]).toBeLessThan(served);
    expect(month.month.cost!.total.mean).toBeGreaterThan(0);
    // The costs' currency, the example's, on the month and on each day type's results.
    expect(month.currency).toBe('CNY');
    for (const day of month.dayTypes) expect(day.results.currency).toBe('CNY');
  });

  it('reports the day types side by side and the month, in English and Chinese', async () => {
    const english = await run(['simulate', deposit, '--month', '--replications', '3']);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('a month of 22 business days of 3 day types');
    expect(english.stdout).toMatch(/Pension day\s+1\s/);
    expect(english.stdout).toContain('cost per transaction');
    const chinese = await run([
      'simulate',
      deposit,
      '--month',
      '--replications',
      '3',
      '--lang',
      'zh',
    ]);
    expect(chinese.stdout).toContain('一个月 22 个营业日');
    expect(chinese.stdout).toContain('养老金发放日');
  });

  it('refuses what a month cannot be', async () => {
    const withDay = await run(['simulate', deposit, '--month', '--day-type', 'pension']);
    expect(withDay.code).toBe(2);
    expect(withDay.stderr).toContain('--month runs every day type as a business day');
    const steady = await run(['simulate', deposit, '--month', '--horizon', '600']);
    expect(steady.stderr).toContain('--horizon');
    const plain = await run([
      'simulate',
      deposit.replace('counter-deposit', 'loan-application'),
      '--month',
    ]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('--month: the blueprint has no day types');
  });
});

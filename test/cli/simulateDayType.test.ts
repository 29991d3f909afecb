/** `simulate --day-type`: a run of one of the blueprint's kinds of day, said in the report and the JSON. */
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/sim/results.ts';
import { deposit, run } from './support.ts';

async function results(...args: string[]): Promise<Results> {
  const { code, stdout, stderr } = await run(['simulate', deposit, '--json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Results;
}

describe('simulate --day-type', () => {
  it("runs the day's arrivals and staffing, and the results say which day", async () => {
    const plain = await results('--replications', '6');
    const pension = await results('--replications', '6', '--day-type', 'pension');
    expect(plain.run.dayType).toBeUndefined();
    expect(pension.run.dayType).toBe('pension');
    // Half again as many customers (the file's arrivalFactor 1.5), over six days each.
    const ratio = pension.system.counts.arrived.mean / plain.system.counts.arrived.mean;
    expect(ratio).toBeGreaterThan(1.4);
    expect(ratio).toBeLessThan(1.6);
    // Six tellers all day but five over lunch: 5.75 on average over 09:00–17:00.
    expect(pension.resources.tellers!.capacity.mean).toBeCloseTo(5.75, 6);
    expect(plain.resources.tellers!.capacity.mean).toBeCloseTo(3.75, 6);
  });

  it('names the day in the report, in English and in Chinese', async () => {
    const english = await run([
      'simulate',
      deposit,
      '--replications',
      '2',
      '--day-type',
      'pension',
    ]);
    expect(english.stdout.split('\n')[0]).toBe(
      'Counter deposit (counter-deposit): business day 09:00–17:00, Pension day, 2 replications, seed 20261123',
    );
    const chinese = await run([
      'simulate',
      deposit,
      '--replications',
      '2',
      '--day-type',
      'month-end',
      '--lang',
      'zh-CN',
    ]);
    expect(chinese.stdout.split('\n')[0]).toContain('营业日 09:00–17:00，月末，');
  });

  it('refuses a day type the blueprint does not have, naming those it has', async () => {
    const { code, stderr } = await run(['simulate', deposit, '--day-type', 'holiday']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "--day-type holiday: not one of the blueprint's day types: ordinary, month-end, pension",
    );
  });
});

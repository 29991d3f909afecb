/**
 * The back-test run a few days at a time (as the command line does, a day a turn so that
 * Ctrl-C is heard) gives the same comparison as one run of all the days: day d draws from
 * the same random streams however the days are split.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HourlyWaits } from '../../../src/calibrate/backtest/hourlyWaits.ts';
import { BacktestRun, runBacktest } from '../../../src/calibrate/backtest/runBacktest.ts';
import { simulateTicketDays } from '../../../src/calibrate/backtest/simulatedTickets.ts';
import { loadBlueprintText } from '../../../src/model/index.ts';

const loaded = loadBlueprintText(readFileSync('blueprints/counter-deposit.json', 'utf8'));
if (!loaded.ok) throw new Error('counter-deposit does not load');
const deposit = loaded.blueprint;
const QUEUE = 'c-hand-over';

const waits = new HourlyWaits();
simulateTicketDays(deposit, {
  days: 5,
  seed: 3,
  queueStep: QUEUE,
  onTicket: (record) => waits.add(record),
});
const observed = waits.summary();

describe('BacktestRun', () => {
  it('simulated in turns of one and two days, gives the comparison of one run', () => {
    const whole = runBacktest(deposit, observed, { queueStep: QUEUE, seed: 11 });
    const progress: number[] = [];
    const run = new BacktestRun(deposit, observed, {
      queueStep: QUEUE,
      seed: 11,
      onProgress: (done, total) => progress.push(done, total),
    });
    expect(run.days).toBe(5);
    for (const count of [1, 2, 1, 2]) run.simulate(count);
    expect(run.done).toBe(5);
    expect(progress).toEqual([1, 5, 2, 5, 3, 5, 4, 5, 5, 5]);
    expect(run.result()).toEqual(whole);
  });
});

/**
 * The back-test as the dialog's worker runs it, on a Blob: the deposit log against the
 * deposit example, with progress through reading and simulating; an event log answered
 * with its code. Then the dialog's rows, miss lines and plot points, checked against the
 * comparison they come from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBacktestJob } from '../../../src/app/calibrate/backtestJob.ts';
import {
  backtestRows,
  errorFigures,
  missLines,
  plotPoints,
} from '../../../src/app/calibrate/backtest/backtestRows.ts';
import type { BacktestProgress, BacktestResult } from '../../../src/app/calibrate/workerApi.ts';
import { loadBlueprintText } from '../../../src/model/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const loaded = loadBlueprintText(
  readFileSync(join(root, 'blueprints/counter-deposit.json'), 'utf8'),
);
if (!loaded.ok) throw new Error('the deposit example does not load');
const blueprint = loaded.blueprint;
const log = (name: string) => new Blob([readFileSync(join(root, 'data/logs', name))]);

const read = { binMinutes: 30, timeZone: '+08:00' };

async function depositBacktest(reports: BacktestProgress[] = []): Promise<BacktestResult> {
  let clock = 0;
  const outcome = await runBacktestJob(
    log('counter-deposit-tickets.csv'),
    blueprint,
    { read, queueStep: 'c-hand-over', ticketAt: 'arrival', days: 4, seed: 7 },
    (progress) => reports.push(progress),
    () => (clock += 1000),
  );
  if (outcome.kind !== 'done') throw new Error(`no back-test: ${JSON.stringify(outcome)}`);
  return outcome.result;
}

describe('the back-test job', () => {
  it('reads the log, simulates the days asked for and compares hour by hour', async () => {
    const reports: BacktestProgress[] = [];
    const result = await depositBacktest(reports);
    const { comparison } = result;
    expect(comparison.binMinutes).toBe(60);
    expect(comparison.observedDays).toBe(15);
    expect(comparison.simulatedDays).toBe(4);
    expect(comparison.bins.length).toBeGreaterThanOrEqual(8);
    expect(comparison.bins.every((bin) => bin.to - bin.from === 60)).toBe(true);
    // Reading reports end at the file's size, then the days are counted to the last.
    const reading = reports.filter((p) => p.phase === 'reading');
    const simulating = reports.filter((p) => p.phase === 'simulating');
    expect(reading.at(-1)).toMatchObject({ done: reading.at(-1)!.total });
    expect(simulating.at(-1)).toEqual({ phase: 'simulating', done: 4, total: 4 });
    expect(reports.indexOf(simulating[0]!)).toBeGreaterThan(reports.indexOf(reading.at(-1)!));
  });

  it('answers an event log with its code, not a comparison', async () => {
    const outcome = await runBacktestJob(
      log('loan-application-events.csv'),
      blueprint,
      { read, queueStep: 'c-hand-over', ticketAt: 'arrival', days: 2, seed: 1 },
      () => undefined,
    );
    expect(outcome).toEqual({ kind: 'problem', problem: { code: 'event-log' } });
  });
});

describe('the back-test as the dialog shows it', () => {
  it('gives one row per hour, figures in fixed decimals, the misses of the comparison', async () => {
    const { comparison } = await depositBacktest();
    const rows = backtestRows(comparison);
    expect(rows.map((row) => row.hours)).toEqual(
      comparison.bins.map(
        (bin) =>
          `${String(bin.from / 60).padStart(2, '0')}:00–${String(bin.to / 60).padStart(2, '0')}:00`,
      ),
    );
    for (const row of rows) {
      expect(row.figures.meanWait.log.value).toMatch(/^\d+\.\d\d$|^—$/);
      expect(row.figures.abandonment.model.value).toMatch(/^\d+\.\d$|^—$/);
      if (row.figures.p90Wait.log.interval !== null)
        expect(row.figures.p90Wait.log.interval).toMatch(/^\d+\.\d\d–\d+\.\d\d$/);
    }
    const lines = missLines(comparison);
    expect(lines).toHaveLength(comparison.bins.reduce((n, bin) => n + bin.misses.length, 0));
    expect(lines.map((line) => line.measure)).toEqual(
      comparison.bins.flatMap((bin) => bin.misses.map((miss) => miss.measure)),
    );
    expect(rows.flatMap((row) => row.misses)).toEqual(lines.map((line) => line.measure));
  });

  it('plots abandonment in per cent, with error bars that reach the interval’s ends', async () => {
    const { comparison } = await depositBacktest();
    const points = plotPoints(comparison, 'abandonment');
    comparison.bins.forEach((bin, i) => {
      const point = points[i]!;
      const observed = bin.observed?.abandonment;
      if (observed?.value == null || observed.ci95 === null) return;
      expect(point.log).toBeCloseTo(observed.value * 100, 9);
      expect(point.log! - point.logError![0]).toBeCloseTo(observed.ci95[0] * 100, 9);
      expect(point.log! + point.logError![1]).toBeCloseTo(observed.ci95[1] * 100, 9);
      expect(point.missed).toBe(bin.misses.some((m) => m.measure === 'abandonment') ? 1 : 0);
    });
    const figures = errorFigures(comparison);
    expect(figures.judged).toBe(comparison.errors.judgedBins);
    expect(figures.logTickets).toBe(comparison.errors.overall.observed.ticketsPerDay.toFixed(1));
  });
});

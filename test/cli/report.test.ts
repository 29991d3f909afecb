/**
 * The readable report shows the figures the results carry beside the headline ones: the
 * wait of all who queued (those who gave up included) and each pool's overtime after its
 * hours, each with a line saying what it counts; a step done as one batch a day in a table
 * of its own instead of the wait points; a pool's work at the queues it also serves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/report.ts';
import { moneyIn } from '../../src/cli/reportTable.ts';
import { type Blueprint, loadBlueprintText } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/index.ts';

const root = new URL('../../', import.meta.url).pathname;

function example(name: string): Blueprint {
  const loaded = loadBlueprintText(readFileSync(join(root, 'blueprints', name), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.blueprint;
}

/** The cell of a table row under a column heading: the table pads columns to line up. */
function cell(header: string, row: string, heading: string): string {
  const at = header.indexOf(`  ${heading}`) + 2;
  expect(at).toBeGreaterThan(1);
  return row.slice(at).split(/ {2,}/)[0]!.trim();
}

function section(report: string, heading: string): string[] {
  const start = report.indexOf(`\n${heading}`);
  const end = report.indexOf('\n\n', start + 1);
  return report
    .slice(start + 1, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => line !== '');
}

describe('the simulation report', () => {
  const blueprint = example('counter-deposit.json');
  const results = simulate(blueprint, { replications: 4 });
  const report = formatReport(blueprint, results, 'en');

  it('gives the wait of all who queued beside the wait of those served, and says what it counts', () => {
    const lines = section(report, 'Wait points');
    const header = lines[1]!;
    expect(header.indexOf('all queued')).toBeGreaterThan(header.indexOf('max'));
    const handOver = results.steps['c-hand-over']!;
    // Customers gave up at the counter, so the two waits are of different customers.
    expect(handOver.waitAll!.count).toBeGreaterThan(handOver.wait!.count);
    const row = lines.find((line) => /^ {2}\d+ +c-hand-over /.test(line))!;
    expect(cell(header, row, 'all queued')).toBe(handOver.waitAll!.mean.toFixed(2));
    expect(cell(header, row, 'mean wait')).toBe(`${handOver.wait!.mean.toFixed(2)} min`);
    expect(lines.at(-1)).toBe(
      '  all queued: the mean wait of everyone who queued, those who gave up included (until they left)',
    );
  });

  it('gives each pool’s overtime after its hours and its cost, apart from the day’s cost', () => {
    const lines = section(report, 'Pools');
    expect(lines[0]).toMatch(/^Pools \(over each pool’s own hours/);
    const header = lines[1]!;
    expect(header).toMatch(/ {2}cost per day {2}overtime h {2}overtime cost$/);
    const tellers = results.resources.tellers!;
    expect(tellers.overtime.hours.mean).toBeGreaterThan(0);
    const row = lines.find((line) => line.startsWith('  tellers '))!;
    // In the example's currency, yuan (CNY), as English writes it.
    const money = moneyIn('en', 'CNY');
    expect(cell(header, row, 'cost per day')).toBe(money(tellers.cost.mean, 0));
    expect(cell(header, row, 'overtime h')).toBe(tellers.overtime.hours.mean.toFixed(2));
    expect(cell(header, row, 'overtime cost')).toBe(money(tellers.overtime.cost.mean, 0));
    expect(lines.at(-1)).toMatch(/^ {2}overtime: busy unit-hours per day after the pool’s hours/);
  });

  it('leaves overtime out of a steady state, which has no closing', () => {
    const steady = structuredClone(blueprint);
    steady.run = { mode: 'steady', horizon: 600, warmup: 60 };
    const text = formatReport(steady, simulate(steady, { replications: 2 }), 'en');
    const lines = section(text, 'Pools');
    expect(lines[0]).toBe('Pools (over the statistics window)');
    expect(lines.join('\n')).not.toMatch(/overtime/);
  });

  it('gives the missed tickets of a step that has them, in English and Chinese, and none otherwise', () => {
    expect(report).not.toMatch(/Missed tickets/);
    const missed = structuredClone(blueprint);
    missed.steps.find((step) => step.id === 'c-hand-over')!.missedCall = {
      probability: 0.1,
      callTime: { type: 'fixed', value: 1 },
      then: { action: 'recall', after: 3, returnProbability: 0.5 },
    };
    const run = simulate(missed, { replications: 4 });
    const figures = run.steps['c-hand-over']!.missedCalls!;
    const lines = section(formatReport(missed, run, 'en'), 'Missed tickets');
    expect(lines[0]).toBe('Missed tickets (calls that found nobody per day)');
    const header = lines[1]!;
    const row = lines.find((line) => line.startsWith('  c-hand-over '))!;
    expect(cell(header, row, 'missed')).toBe(figures.missed.mean.toFixed(1));
    expect(cell(header, row, 'of calls')).toBe(`${(figures.share * 100).toFixed(1)} %`);
    expect(cell(header, row, 'came back')).toBe(figures.recalled.mean.toFixed(1));
    expect(cell(header, row, 'lost')).toBe(figures.lost.mean.toFixed(1));
    // A fixed minute a call: the unit-minutes are the missed calls.
    expect(figures.callMinutes.mean).toBeCloseTo(figures.missed.mean, 9);
    expect(formatReport(missed, run, 'zh-CN')).toMatch(/\n过号（每天叫号未到的次数）\n/);
  });

  it('gives the work a pool did at the queues it also serves, in English and Chinese, and none otherwise', () => {
    expect(report).not.toMatch(/also serves, first or when idle/);
    const vip = example('counter-deposit-vip.json');
    const run = simulate(vip, { replications: 4 });
    const served = run.resources['vip-window']!.alsoServed!;
    const lines = section(formatReport(vip, run, 'en'), 'Work at the queues');
    expect(lines[0]).toBe('Work at the queues a pool also serves, first or when idle (per day)');
    const header = lines[1]!;
    const row = lines.find((line) => line.startsWith('  vip-window '))!;
    expect(cell(header, row, 'also serves')).toBe('tellers');
    expect(cell(header, row, 'customers taken')).toBe(served.customers.mean.toFixed(1));
    expect(cell(header, row, 'of those served there')).toBe(
      `${(served.share.mean * 100).toFixed(1)} %`,
    );
    expect(cell(header, row, 'its time with them')).toBe(
      `${(served.utilization.mean * 100).toFixed(1)} %`,
    );
    // The tellers call VIP tickets first (servesFirst).
    const tellers = lines.find((line) => line.startsWith('  tellers '))!;
    expect(cell(header, tellers, 'also serves')).toBe('vip-window (first)');
    expect(cell(header, tellers, 'customers taken')).toBe(
      run.resources.tellers!.alsoServed!.customers.mean.toFixed(1),
    );
    expect(lines).toHaveLength(4);
    const chinese = formatReport(vip, run, 'zh-CN');
    expect(chinese).toMatch(/\n资源池优先或空闲时服务的其他排队（每天）\n/);
    expect(chinese).toMatch(/vip-window（优先）/);
  });

  it('leaves a batch step out of the wait points and gives its pile, work and time done', () => {
    const batched = structuredClone(blueprint);
    batched.steps.find((step) => step.id === 'b-file')!.batch = { at: '16:00' };
    const run = simulate(batched, { replications: 4 });
    const file = run.steps['b-file']!;
    // The pile's items wait longer for the clerk than customers for a teller: ranked, it
    // would be the first wait point.
    expect(file.wait!.mean).toBeGreaterThan(run.steps['c-hand-over']!.wait!.mean);
    const text = formatReport(batched, run, 'en');
    expect(section(text, 'Wait points').join('\n')).not.toMatch(/b-file/);
    const lines = section(text, 'Batches');
    expect(lines[0]).toBe(
      'Batches (items left per day; nobody waits for them, so they are not wait points above)',
    );
    const header = lines[1]!;
    const row = lines.find((line) => line.startsWith('  b-file '))!;
    const batch = file.batch!;
    expect(cell(header, row, 'items')).toBe(batch.items.mean.toFixed(1));
    expect(cell(header, row, 'work (unit-h)')).toBe((batch.workMinutes.mean / 60).toFixed(2));
    const done = Math.round(batch.doneAt!.mean);
    expect(done).toBeGreaterThan(17 * 60); // the afternoon's vouchers take past closing
    expect(cell(header, row, 'pile done at')).toBe(
      `${String(Math.floor(done / 60)).padStart(2, '0')}:${String(done % 60).padStart(2, '0')}`,
    );
    const overtime = run.resources['back-office']!.overtime.hours.mean;
    expect(cell(header, row, 'pool overtime h')).toBe(overtime.toFixed(2));
    expect(formatReport(batched, run, 'zh-CN')).toMatch(/\n批量处理（每天留下的待办件数；/);
  });
});

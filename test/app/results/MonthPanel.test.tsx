/**
 * The month's results: its figures with units and intervals, each day type's day in a
 * table (days a month, arrived, mean wait, gave up, cost when priced), in both languages.
 */
import { describe, expect, it } from 'vitest';
import { type MonthDay, month } from '../../../src/analysis/month.ts';
import { MonthPanel } from '../../../src/app/results/MonthPanel.tsx';
import { applyDayType } from '../../../src/model/index.ts';
import { simulate } from '../../../src/sim/index.ts';
import { loadExample, renderHtml, textOf } from './support.tsx';

const blueprint = loadExample('counter-deposit.json');
const days: (MonthDay & { seed: number })[] = blueprint.dayTypes!.map((day, k) => ({
  dayType: day.id,
  daysPerMonth: day.daysPerMonth ?? 1,
  seed: 5 + k,
  results: simulate(applyDayType(blueprint, day.id), { replications: 3, seed: 5 + k }),
}));
const made = month(blueprint.id, { replications: 3, seed: 5 }, days);

function render(language: 'en' | 'zh-CN', shownDay = 'ordinary') {
  return textOf(
    renderHtml(
      <MonthPanel month={made} blueprint={blueprint} shownDay={shownDay} onShowDay={() => {}} />,
      language,
    ),
  );
}

const one = (value: number) =>
  value.toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

describe('MonthPanel', () => {
  it('shows the month’s figures a month, with units and 95 % intervals', () => {
    const text = render('en');
    const { arrived, wait, cost } = made.month;
    expect(text).toContain('The month: 22 business days');
    expect(text).toContain(
      `Arrived ${one(arrived.mean)} customers per month · 95 % CI ${one(arrived.ci95![0])} – ${one(arrived.ci95![1])} customers`,
    );
    expect(text).toContain(
      `Waiting, mean (the month’s customers who did not give up) ${one(wait.mean)} min`,
    );
    expect(text).toMatch(
      /Gave up [\d,.]+ customers per month · 95 % CI .* · [\d.]+ % of those who left/,
    );
    expect(text).toContain('Cost, all pools, per month');
    expect(cost).not.toBeNull();
    // A few currency units a transaction, to the cent as the day shows it, its interval too.
    const cents = (value: number) => value.toFixed(2);
    const each = cost!.perServed;
    expect(each.mean).toBeLessThan(100);
    expect(text).toContain(
      `Cost per transaction ${cents(each.mean)} 95 % CI ${cents(each.ci95![0])} – ${cents(each.ci95![1])}`,
    );
    expect(text).toContain('seed 5 + k');
  });

  it('lists each day type’s day, the one shown marked', () => {
    const html = renderHtml(
      <MonthPanel month={made} blueprint={blueprint} shownDay="pension" onShowDay={() => {}} />,
    );
    const text = textOf(html);
    const pension = days[2]!.results.system;
    expect(text).toContain(
      `Pension day 1 day ${one(pension.counts.arrived.mean)} customers ${one(pension.wait.mean)} min ${one(pension.counts.abandoned.mean)} customers`,
    );
    expect(text).toContain('Ordinary day 18 days');
    expect(text).toContain('Month end 3 days');
    expect(text).toContain('Below: Pension day, one day');
    expect(html).toMatch(/data-day-type="pension" aria-current="true"/);
    expect(html).toContain('Cost per day');
  });

  it('speaks Chinese', () => {
    const text = render('zh-CN');
    expect(text).toContain('整月：22 个营业日');
    expect(text).toContain('养老金发放日 1 天');
    expect(text).toContain('平日 18 天');
    expect(text).toMatch(/到达 [\d,.]+ 位客户 每月 · 95% 置信区间/);
  });
});

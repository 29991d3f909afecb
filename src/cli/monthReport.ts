/**
 * The month report (`simulate --month`): each day type's day side by side, then the
 * month's figures with their 95 % intervals. In English or Chinese, like the day report.
 */
import type { Month } from '../analysis/month.ts';
import { type Blueprint, type ExitOutcome, findDayType, textIn } from '../model/index.ts';
import { fill } from './fillText.ts';
import { MONTH_WORDS } from './monthReportWords.ts';
import { Wording } from './report.ts';
import { moneyIn, number, percent } from './reportTable.ts';
import { REPORT_WORDS, reportLanguage } from './reportWords.ts';
import { printable } from './terminalText.ts';
import { textTable } from './textTable.ts';

export function formatMonthReport(blueprint: Blueprint, made: Month, language: string): string {
  const reportIn = reportLanguage(language);
  const words = REPORT_WORDS[reportIn];
  const own = MONTH_WORDS[reportIn];
  const wording = new Wording(words);
  const money = moneyIn(reportIn, made.currency);
  const figures = made.month;
  const lines = [
    fill(own.title, {
      name: printable(textIn(blueprint.name, language)),
      id: blueprint.id,
      days: number(figures.days, Number.isInteger(figures.days) ? 0 : 1),
      types: made.dayTypes.length,
      replications: fill(words.replications[made.run.replications === 1 ? 'one' : 'other'], {
        count: made.run.replications,
      }),
      seed: made.run.seed,
    }),
    '',
    own.dayTypes,
  ];
  const columns = own.columns;
  const priced = figures.cost !== null;
  const rows = [
    [
      columns.dayType,
      columns.days,
      columns.arrived,
      columns.served,
      columns.abandoned,
      columns.wait,
      ...(priced ? [columns.cost] : []),
    ],
  ];
  for (const day of made.dayTypes) {
    const { system } = day.results;
    const label = textIn(findDayType(blueprint, day.id)?.label, language);
    rows.push([
      printable(label || day.id),
      number(day.daysPerMonth, Number.isInteger(day.daysPerMonth) ? 0 : 1),
      number(system.arrived),
      number(system.served),
      number(system.abandoned),
      wording.minutes(system.wait.mean),
      ...(system.cost ? [money(system.cost.total.mean, 0)] : priced ? [''] : []),
    ]);
  }
  lines.push(...textTable(rows));
  const people = own.perMonth;
  const whole = (value: number) => number(value, 0);
  const outcomes = Object.entries(figures.outcomes) as [ExitOutcome, typeof figures.served][];
  lines.push('', fill(own.month, { days: number(figures.days, 0) }));
  lines.push(
    ...textTable([
      [words.rows.arrived, wording.estimate(figures.arrived, whole, people)],
      [own.rows.served, wording.estimate(figures.served, whole, people)],
      ...outcomes.map(([outcome, value]) => [
        `  ${words.outcome[outcome]}`,
        wording.estimate(value, whole, people),
      ]),
      [words.rows.abandoned, wording.estimate(figures.abandoned, whole, people)],
      [own.rows.abandonedShare, wording.estimate(figures.abandonedShare, percent)],
      [own.rows.wait, wording.estimate(figures.wait, (v) => wording.minutes(v))],
      [own.rows.timeInSystem, wording.estimate(figures.timeInSystem, (v) => wording.minutes(v))],
      ...(figures.cost
        ? [
            [own.rows.totalCost, wording.estimate(figures.cost.total, (v) => money(v, 0))],
            [own.rows.costPerServed, wording.estimate(figures.cost.perServed, (v) => money(v, 2))],
            // A pool without a price costs nothing on every day: a row of zeros says nothing.
            ...Object.entries(figures.cost.resources)
              .filter(([, value]) => value.mean > 0)
              .map(([pool, value]) => [
                fill(own.rows.poolCost, { pool }),
                wording.estimate(value, (v) => money(v, 0)),
              ]),
          ]
        : []),
    ]),
    '',
    `  ${own.note}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The readable simulation report: system KPIs, then the wait points and fail points
 * ranked (a step done as one batch a day in a table of its own: nobody waits for its
 * pile), then the pools, with units and 95 % intervals. Designer marks (W, F) appear
 * beside the measured ranking, so a feared wait point that barely waits stands out.
 * Last, the instant estimates beside the run's figures. In English or Chinese (`--lang`);
 * columns line up by terminal width.
 */
import { type Blueprint, type ExitOutcome, findDayType, textIn } from '../model/index.ts';
import type { Estimate } from '../sim/stats/confidence.ts';
import type { DurationStats, OutcomeResult, Outcomes, Results } from '../sim/results.ts';
import { OVER_FULL, type RunWarning, targetMet, warningText } from '../sim/index.ts';
import {
  type ReportLanguage,
  type ReportWords,
  REPORT_WORDS,
  reportLanguage,
} from './reportWords.ts';
import { costLines } from './costReport.ts';
import { fill } from './fillText.ts';
import { batchLines } from './reportBatches.ts';
import { diversionLines } from './reportDiversions.ts';
import type { EstimatesBeside } from './estimatesBeside.ts';
import { estimateLines } from './reportEstimates.ts';
import { alsoServedLines } from './reportAlsoServed.ts';
import { missedCallLines } from './reportMissedCalls.ts';
import { type Money, interval, moneyIn, number, percent } from './reportTable.ts';
import { printable } from './terminalText.ts';
import { displayWidth, textTable } from './textTable.ts';

/** A warning in the report's language, with the pool's id and figures to two decimals. */
function warningLine(warning: RunWarning, language: ReportLanguage): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(warning.params) as [string, unknown][]) {
    if (typeof value === 'number') values[name] = String(Math.round(value * 100) / 100);
    else if (Array.isArray(value)) values[name] = value.join(', ');
    else values[name] = String(value);
  }
  if ('utilization' in warning.params) {
    const { utilization } = warning.params;
    values.busy = utilization === null ? OVER_FULL[language] : `${Math.round(utilization * 100)} %`;
  }
  if (warning.code === 'pool-overloaded-batch') {
    values.from = clock(warning.params.from);
    values.to = clock(warning.params.to);
  }
  return warningText(warning.code, language, values);
}

function clock(minute: number): string {
  const m = Math.round(minute) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The text cut to `columns` terminal columns, with an ellipsis when cut. */
function clip(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let kept = '';
  for (const character of text) {
    if (displayWidth(`${kept}${character}…`) > columns) break;
    kept += character;
  }
  return `${kept}…`;
}

/** The report's formatting in one language: every figure with its unit and interval. */
export class Wording {
  constructor(readonly words: ReportWords) {}

  minutes(value: number): string {
    return Number.isFinite(value) ? fill(this.words.minutes, { value: value.toFixed(2) }) : '—';
  }

  interval(ci: [number, number] | null, format: (value: number) => string): string {
    return ci ? fill(this.words.interval, { low: format(ci[0]), high: format(ci[1]) }) : '';
  }

  estimate(value: Estimate, format: (value: number) => string, unit = ''): string {
    const suffix = unit ? ` ${unit}` : '';
    return `${format(value.mean)}${suffix}${this.interval(value.ci95, format)}`;
  }

  duration(stats: DurationStats): string {
    return `${this.minutes(stats.mean)}${this.interval(stats.ci95, (v) => v.toFixed(2))}   p50 ${number(stats.p50, 2)}  p90 ${number(stats.p90, 2)}  p95 ${number(stats.p95, 2)}  ${this.words.max} ${number(stats.max, 2)}`;
  }
}

/**
 * How many visits ended each way: per day in a business day (a count a banker knows), per
 * hour in a steady state (a run's length is arbitrary), with the share of those who left.
 */
function outcomeRows(outcomes: Outcomes, mode: 'day' | 'steady', wording: Wording): string[][] {
  const { words } = wording;
  return (Object.entries(outcomes) as [ExitOutcome, OutcomeResult][]).map(([outcome, result]) => [
    words.outcome[outcome] ?? outcome,
    `${
      mode === 'day'
        ? wording.estimate(result.count, number, words.people.day)
        : wording.estimate(result.perHour, number, words.people.hour)
    }${fill(words.ofThoseWhoLeft, { share: percent(result.share.mean) })}`,
  ]);
}

/** "84.2 % (71.0 %–90.0 %) ✓ target 80.0 %": the share, its interval, met or not against the promise. */
function withinTargetCell(
  share: Estimate | null,
  promised: number | undefined,
  words: ReportWords,
): string {
  if (!share) return '';
  const measured = `${percent(share.mean)}${share.ci95 ? ` (${interval(share.ci95, percent)})` : ''}`;
  const met = targetMet(share, promised);
  if (met === null) return measured;
  return `${measured} ${fill(words.targetOf, { mark: met ? '✓' : '✗', share: percent(promised!) })}`;
}

function outcomeCell(result: OutcomeResult | undefined, mode: 'day' | 'steady'): string {
  if (!result) return '';
  const value = mode === 'day' ? result.count : result.perHour;
  const ci = value.ci95;
  return `${number(value.mean)}${ci ? ` (${number(ci[0])}–${number(ci[1])})` : ''}`;
}

/**
 * The pools over their own hours (a business day: opening to closing, or to the end of a
 * later shift), and in a business day the work done after them apart, as overtime: a
 * steady state has none.
 */
function poolLines(results: Results, per: string, words: ReportWords, money: Money): string[] {
  const pools = Object.entries(results.resources);
  if (!pools.length) return [];
  const day = results.run.mode === 'day';
  const columns = words.poolColumns;
  const header = [
    columns.pool,
    columns.utilisation,
    words.ci,
    columns.busyUnits,
    columns.capacity,
    columns.queue,
    fill(columns.cost, { per }),
  ];
  const rows = [day ? [...header, columns.overtimeHours, columns.overtimeCost] : header];
  for (const [id, pool] of pools) {
    const ci = pool.utilization.ci95;
    const row = [
      id,
      percent(pool.utilization.mean),
      interval(ci, percent),
      number(pool.busyUnits.mean, 2),
      number(pool.capacity.mean, 2),
      `${number(pool.queueLength.mean.mean, 2)}/${pool.queueLength.max}`,
      pool.cost.mean > 0 ? money(pool.cost.mean, 0) : '',
    ];
    if (day)
      row.push(
        number(pool.overtime.hours.mean, 2),
        pool.overtime.cost.mean > 0 ? money(pool.overtime.cost.mean, 0) : '',
      );
    rows.push(row);
  }
  if (!day) return ['', words.poolsSteady, ...textTable(rows)];
  return ['', words.poolsDay, ...textTable(rows), `  ${fill(words.overtimeNote, { per })}`];
}

/** `estimates`, when given, follow the run's figures in a section of their own (reportEstimates.ts). */
export function formatReport(
  blueprint: Blueprint,
  results: Results,
  language: string,
  estimates?: EstimatesBeside,
): string {
  const reportIn = reportLanguage(language);
  const words = REPORT_WORDS[reportIn];
  const wording = new Wording(words);
  const money = moneyIn(reportIn, results.currency);
  const per = results.run.mode === 'day' ? words.perDay : words.perRun;
  const people = results.run.mode === 'day' ? words.people.day : words.perRun;
  const label = (id: string): string => {
    const step = blueprint.steps.find((s) => s.id === id);
    return clip(printable(textIn(step?.label, language)), 38);
  };
  const { system, run } = results;
  const lines: string[] = [];
  const how =
    run.mode === 'day'
      ? fill(words.businessDay, { open: clock(run.start), close: clock(run.arrivalsEnd) })
      : fill(words.steadyState, {
          length: run.arrivalsEnd - run.statsStart,
          warmup: run.statsStart,
        });
  const dayType = run.dayType === undefined ? undefined : findDayType(blueprint, run.dayType);
  lines.push(
    fill(words.title, {
      name: printable(textIn(blueprint.name, language)),
      id: blueprint.id,
      how: dayType
        ? fill(words.dayType, {
            how,
            day: printable(textIn(dayType.label, language) || dayType.id),
          })
        : how,
      replications: fill(words.replications[run.replications === 1 ? 'one' : 'other'], {
        count: run.replications,
      }),
      seed: run.seed,
    }),
  );
  lines.push('', words.system);
  lines.push(
    ...textTable([
      [words.rows.arrived, wording.estimate(system.counts.arrived, number, people)],
      ...outcomeRows(system.outcomes, run.mode, wording),
      [words.rows.abandoned, wording.estimate(system.counts.abandoned, number, people)],
      // Of them, who balked and who reneged (the steps' words for the two).
      [`  ${words.waitColumns.balks}`, wording.estimate(system.counts.balked, number, people)],
      [`  ${words.waitColumns.reneges}`, wording.estimate(system.counts.reneged, number, people)],
      [words.rows.timeInSystem, wording.duration(system.timeInSystem)],
      [words.rows.timeQueueing, wording.duration(system.wait)],
      ...(system.withinTarget
        ? [[words.rows.withinTarget, wording.estimate(system.withinTarget, percent)]]
        : []),
      ...(system.cost
        ? [
            [
              fill(words.rows.totalCost, { per }),
              wording.estimate(system.cost.total, (v) => money(v, 0)),
            ],
            [words.rows.costPerServed, wording.estimate(system.cost.perServed, (v) => money(v, 2))],
          ]
        : []),
      [
        words.rows.leftByExit,
        wording.estimate(system.throughputPerHour, number, words.people.hour),
      ],
    ]),
  );

  // A batch step's queue is its pile: nobody waits for it (its own table below).
  const waits = Object.entries(results.steps)
    .filter(([, step]) => !step.batch && (step.wait !== null || step.unstable))
    .sort(([, a], [, b]) => (b.wait?.mean ?? Infinity) - (a.wait?.mean ?? Infinity));
  if (waits.length) {
    const columns = words.waitColumns;
    lines.push('', words.waitPoints);
    const rows = [
      [
        '#',
        columns.step,
        '',
        columns.meanWait,
        words.ci,
        'p90',
        words.max,
        columns.allQueued,
        columns.queue,
        columns.reneges,
        columns.balks,
        'W',
      ],
    ];
    // A queue the designer drew as a waiting step of its own shows at that step (queueOf).
    const drawnAt = new Map(
      Object.entries(results.steps).flatMap(([id, step]) =>
        step.queueOf === undefined ? [] : [[step.queueOf, id] as const],
      ),
    );
    waits.forEach(([poolStep, step], i) => {
      const id = drawnAt.get(poolStep) ?? poolStep;
      const marked = blueprint.steps.find((s) => s.id === id)?.waitPoint ? 'W' : '';
      const wait = step.wait;
      rows.push([
        String(i + 1),
        id,
        label(id),
        wait ? wording.minutes(wait.mean) : words.unstable,
        wait?.ci95 ? `${wait.ci95[0].toFixed(2)}–${wait.ci95[1].toFixed(2)}` : '',
        wait ? number(wait.p90, 2) : '',
        wait ? number(wait.max, 2) : '',
        step.waitAll ? number(step.waitAll.mean, 2) : '',
        step.unstable
          ? words.grows
          : `${number(step.queueLength.mean.mean, 2)}/${step.queueLength.max}`,
        number(step.reneges.mean),
        number(step.balks.mean),
        marked,
      ]);
    });
    lines.push(...textTable(rows), `  ${words.allQueuedNote}`);
  }
  const poolOf = (id: string) => blueprint.steps.find((s) => s.id === id)?.resource?.pool;
  lines.push(...batchLines(results, per, words, { label, poolOf, clock }));

  const fails = Object.entries(results.steps)
    .filter(
      ([id, step]) =>
        step.failures.total > 0 || blueprint.steps.find((s) => s.id === id)?.failPoint,
    )
    .sort(([, a], [, b]) => b.failures.count - a.failures.count);
  if (fails.length) {
    const columns = words.failColumns;
    lines.push('', fill(words.failPoints, { per }));
    const rows = [
      ['#', columns.step, '', columns.failures, words.ci, columns.ofAttempts, columns.stuck, 'F'],
    ];
    fails.forEach(([id, step], i) => {
      const marked = blueprint.steps.find((s) => s.id === id)?.failPoint ? 'F' : '';
      const ci = step.failures.ci95;
      rows.push([
        String(i + 1),
        id,
        label(id),
        number(step.failures.count),
        interval(ci),
        percent(step.failures.rate),
        String(step.stuck),
        marked,
      ]);
    });
    lines.push(...textTable(rows));
  }

  lines.push(...diversionLines(results, per, words));
  lines.push(...missedCallLines(results, per, words));
  lines.push(...poolLines(results, per, words, money));
  lines.push(...alsoServedLines(blueprint, results, per, words));
  lines.push(...costLines(results, per, words, money));

  const classes = Object.entries(results.classes);
  if (classes.length > 1) {
    const reported = Object.keys(system.outcomes) as ExitOutcome[];
    const columns = words.classColumns;
    lines.push('', run.mode === 'day' ? words.classesDay : fill(words.classesSteady, { per }));
    const rows = [
      [
        columns.class,
        ...reported.map((outcome) => words.outcome[outcome] ?? outcome),
        columns.abandoned,
        words.waitColumns.balks,
        words.waitColumns.reneges,
        columns.timeInSystem,
        'p90',
        columns.waitP90,
        columns.withinTarget,
      ],
    ];
    for (const [id, c] of classes) {
      const promised = blueprint.classes?.find((k) => k.id === id)?.serviceTarget?.share;
      rows.push([
        id,
        ...reported.map((outcome) => outcomeCell(c.outcomes[outcome], run.mode)),
        number(c.abandoned.mean),
        number(c.balked.mean),
        number(c.reneged.mean),
        wording.minutes(c.timeInSystem.mean),
        number(c.timeInSystem.p90, 2),
        number(c.wait.p90, 2),
        withinTargetCell(c.withinTarget, promised, words),
      ]);
    }
    lines.push(...textTable(rows));
  }

  if (results.warnings.length)
    lines.push(
      '',
      words.warnings,
      ...results.warnings.map((w) => `  ${printable(warningLine(w, reportIn))}`),
    );
  lines.push(...estimateLines(estimates, reportIn, words));
  return `${lines.join('\n')}\n`;
}

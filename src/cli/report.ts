/**
 * The readable simulation report: system KPIs, then the wait points and fail points
 * ranked, then the pools, with units and 95 % intervals. Designer marks (W, F) appear
 * beside the measured ranking, so a feared wait point that barely waits stands out.
 */
import { type Blueprint, textIn } from '../model/index.ts';
import type { Estimate } from '../sim/stats/confidence.ts';
import type { DurationStats, OutcomeResult, Outcomes, Results } from '../sim/results.ts';
import { printable } from './terminalText.ts';
import { OVER_FULL, type RunWarning, warningText } from '../sim/index.ts';

/** A warning in the catalogue's English, with the pool's id and figures to two decimals. */
function warningLine(warning: RunWarning): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(warning.params) as [string, unknown][]) {
    if (typeof value === 'number') values[name] = String(Math.round(value * 100) / 100);
    else if (Array.isArray(value)) values[name] = value.join(', ');
    else values[name] = String(value);
  }
  if ('utilization' in warning.params) {
    const { utilization } = warning.params;
    values.busy = utilization === null ? OVER_FULL.en : `${Math.round(utilization * 100)} %`;
  }
  return warningText(warning.code, 'en', values);
}

const minutes = (value: number): string =>
  Number.isFinite(value) ? `${value.toFixed(2)} min` : '—';
const number = (value: number, digits = 1): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '—';

const percent = (value: number): string =>
  Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : '—';

function interval(ci: [number, number] | null, format: (value: number) => string): string {
  return ci ? `(95 % CI ${format(ci[0])} – ${format(ci[1])})` : '';
}

function estimateText(value: Estimate, format: (value: number) => string, unit = ''): string {
  const suffix = unit ? ` ${unit}` : '';
  return `${format(value.mean)}${suffix} ${interval(value.ci95, format)}`.trim();
}

function durationText(stats: DurationStats): string {
  return `${minutes(stats.mean)} ${interval(stats.ci95, (v) => v.toFixed(2))}   p50 ${number(stats.p50, 2)}  p90 ${number(stats.p90, 2)}  p95 ${number(stats.p95, 2)}  max ${number(stats.max, 2)}`;
}

function clock(minute: number): string {
  const m = Math.round(minute) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => [...row[column]!].length)),
  );
  return rows
    .map((row) =>
      `  ${row.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join('  ')}`.trimEnd(),
    )
    .join('\n');
}

/**
 * How many visits ended each way: per day in a business day (a count a banker knows), per
 * hour in a steady state (a run's length is arbitrary), with the share of those who left.
 */
function outcomeRows(outcomes: Outcomes, mode: 'day' | 'steady'): string[][] {
  return (Object.entries(outcomes) as [string, OutcomeResult][]).map(([outcome, result]) => [
    outcome,
    `${
      mode === 'day'
        ? estimateText(result.count, number, 'per day')
        : estimateText(result.perHour, number, 'per hour')
    }, ${percent(result.share.mean)} of those who left`,
  ]);
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
function poolLines(results: Results, per: string): string[] {
  const pools = Object.entries(results.resources);
  if (!pools.length) return [];
  const day = results.run.mode === 'day';
  const header = [
    'pool',
    'utilisation',
    '95 % CI',
    'busy units',
    'capacity',
    'queue avg/max',
    `cost ${per}`,
  ];
  const rows = [day ? [...header, 'overtime h', 'overtime cost'] : header];
  for (const [id, pool] of pools) {
    const ci = pool.utilization.ci95;
    const row = [
      id,
      percent(pool.utilization.mean),
      ci ? `${percent(ci[0])}–${percent(ci[1])}` : '',
      number(pool.busyUnits.mean, 2),
      number(pool.capacity.mean, 2),
      `${number(pool.queueLength.mean.mean, 2)}/${pool.queueLength.max}`,
      pool.cost.mean > 0 ? number(pool.cost.mean, 0) : '',
    ];
    if (day)
      row.push(
        number(pool.overtime.hours.mean, 2),
        pool.overtime.cost.mean > 0 ? number(pool.overtime.cost.mean, 0) : '',
      );
    rows.push(row);
  }
  if (!day) return ['', 'Pools (over the statistics window)', table(rows)];
  return [
    '',
    'Pools (over each pool’s own hours: opening to closing, or to the end of a later shift)',
    table(rows),
    `  overtime: busy unit-hours ${per} after the pool’s hours, and their cost (not in utilisation or cost)`,
  ];
}

export function formatReport(blueprint: Blueprint, results: Results, language: string): string {
  const per = results.run.mode === 'day' ? 'per day' : 'per run';
  const label = (id: string): string => {
    const step = blueprint.steps.find((s) => s.id === id);
    const text = printable(textIn(step?.label, language));
    return text.length > 38 ? `${text.slice(0, 37)}…` : text;
  };
  const { system } = results;
  const lines: string[] = [];
  const how =
    results.run.mode === 'day'
      ? `business day ${clock(results.run.start)}–${clock(results.run.arrivalsEnd)}`
      : `steady state, ${results.run.arrivalsEnd - results.run.statsStart} min after ${results.run.statsStart} min warm-up`;
  lines.push(
    `${printable(textIn(blueprint.name, language))} (${blueprint.id}): ${how}, ${results.run.replications} replication${results.run.replications === 1 ? '' : 's'}, seed ${results.run.seed}`,
  );
  lines.push('', 'System');
  lines.push(
    table([
      ['arrived', estimateText(system.counts.arrived, number, per)],
      ...outcomeRows(system.outcomes, results.run.mode),
      ['abandoned', estimateText(system.counts.abandoned, number, per)],
      ['time in system', durationText(system.timeInSystem)],
      ['time queueing', durationText(system.wait)],
      ...(system.withinTarget
        ? [['within target', estimateText(system.withinTarget, percent)]]
        : []),
      ['left by an exit', estimateText(system.throughputPerHour, number, 'per hour')],
    ]),
  );

  const waits = Object.entries(results.steps)
    .filter(([, step]) => step.wait !== null || step.unstable)
    .sort(([, a], [, b]) => (b.wait?.mean ?? Infinity) - (a.wait?.mean ?? Infinity));
  if (waits.length) {
    lines.push('', 'Wait points (mean wait in the queue for the step’s pool, worst first)');
    const rows = [
      [
        '#',
        'step',
        '',
        'mean wait',
        '95 % CI',
        'p90',
        'max',
        'all queued',
        'queue avg/max',
        'reneges',
        'balks',
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
        wait ? minutes(wait.mean) : 'unstable',
        wait?.ci95 ? `${wait.ci95[0].toFixed(2)}–${wait.ci95[1].toFixed(2)}` : '',
        wait ? number(wait.p90, 2) : '',
        wait ? number(wait.max, 2) : '',
        step.waitAll ? number(step.waitAll.mean, 2) : '',
        step.unstable
          ? 'grows'
          : `${number(step.queueLength.mean.mean, 2)}/${step.queueLength.max}`,
        number(step.reneges.mean),
        number(step.balks.mean),
        marked,
      ]);
    });
    lines.push(
      table(rows),
      '  all queued: the mean wait of everyone who queued, those who gave up included (until they left)',
    );
  }

  const fails = Object.entries(results.steps)
    .filter(
      ([id, step]) =>
        step.failures.total > 0 || blueprint.steps.find((s) => s.id === id)?.failPoint,
    )
    .sort(([, a], [, b]) => b.failures.count - a.failures.count);
  if (fails.length) {
    lines.push('', `Fail points (failures ${per}, worst first)`);
    const rows = [['#', 'step', '', 'failures', '95 % CI', 'of attempts', 'stuck', 'F']];
    fails.forEach(([id, step], i) => {
      const marked = blueprint.steps.find((s) => s.id === id)?.failPoint ? 'F' : '';
      const ci = step.failures.ci95;
      rows.push([
        String(i + 1),
        id,
        label(id),
        number(step.failures.count),
        ci ? `${number(ci[0])}–${number(ci[1])}` : '',
        percent(step.failures.rate),
        String(step.stuck),
        marked,
      ]);
    });
    lines.push(table(rows));
  }

  lines.push(...poolLines(results, per));

  const classes = Object.entries(results.classes);
  if (classes.length > 1) {
    const reported = Object.keys(system.outcomes) as (keyof Outcomes)[];
    lines.push(
      '',
      results.run.mode === 'day'
        ? 'Classes (per day; outcomes with their 95 % CI)'
        : `Classes (outcomes per hour with their 95 % CI; abandoned ${per})`,
    );
    const rows = [['class', ...reported, 'abandoned', 'time in system', 'p90', 'within target']];
    for (const [id, c] of classes) {
      rows.push([
        id,
        ...reported.map((outcome) => outcomeCell(c.outcomes[outcome], results.run.mode)),
        number(c.abandoned.mean),
        minutes(c.timeInSystem.mean),
        number(c.timeInSystem.p90, 2),
        c.withinTarget ? percent(c.withinTarget.mean) : '',
      ]);
    }
    lines.push(table(rows));
  }

  if (results.warnings.length)
    lines.push('', 'Warnings', ...results.warnings.map((w) => `  ${printable(warningLine(w))}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Results as one CSV table (docs/results-format.md, "Results as CSV"): a row per figure,
 * so every figure keeps its interval and unit and the table pivots in any spreadsheet.
 */
import type { Blueprint, ExitOutcome } from '../../model/index.ts';
import type { DurationStats, Estimate, Outcomes, Results } from '../../sim/index.ts';
import { type CostColumnFigures, costFigures, systemCostFigures } from './costTable.ts';
import { namesIn } from './names.ts';

export const CSV_COLUMNS = [
  'kind',
  'id',
  'name',
  'metric',
  'value',
  'ci_low',
  'ci_high',
  'unit',
] as const;

type Kind = 'run' | 'system' | 'class' | 'pool' | 'step';

interface Row {
  kind: Kind;
  id: string;
  name: string;
  metric: string;
  value: number | string | null;
  ci: [number, number] | null;
  unit: string;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula; names come from the blueprint file, so text cells get a leading quote.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Numbers are written by us, never from the file, so a negative one (the low end of an
 * interval) stays a number. Four decimals: far below the intervals' width.
 */
function numberCell(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  return String(Number(value.toFixed(4)));
}

function line(row: Row): string {
  const value = typeof row.value === 'string' ? textCell(row.value) : numberCell(row.value);
  return [
    textCell(row.kind),
    textCell(row.id),
    textCell(row.name),
    textCell(row.metric),
    value,
    numberCell(row.ci?.[0] ?? null),
    numberCell(row.ci?.[1] ?? null),
    textCell(row.unit),
  ].join(',');
}

type Base = Pick<Row, 'kind' | 'id' | 'name'>;

function estimateRow(base: Base, metric: string, estimate: Estimate, unit: string): Row {
  return { ...base, metric, value: estimate.mean, ci: estimate.ci95, unit };
}

/** A share as a percentage: the CSV is read by people in spreadsheets. */
function shareRow(base: Base, metric: string, estimate: Estimate): Row {
  const ci = estimate.ci95 ? ([estimate.ci95[0] * 100, estimate.ci95[1] * 100] as const) : null;
  return { ...base, metric, value: estimate.mean * 100, ci: ci ? [ci[0], ci[1]] : null, unit: '%' };
}

function durationRows(base: Base, prefix: string, stats: DurationStats): Row[] {
  const plain = (metric: string, value: number): Row => ({
    ...base,
    metric: `${prefix}_${metric}`,
    value,
    ci: null,
    unit: 'min',
  });
  return [
    { ...base, metric: `${prefix}_mean`, value: stats.mean, ci: stats.ci95, unit: 'min' },
    plain('p50', stats.p50),
    plain('p90', stats.p90),
    plain('p95', stats.p95),
    plain('max', stats.max),
  ];
}

/** Each outcome: how many per day (or run), per hour, and the share of those who left. */
function outcomeRows(base: Base, outcomes: Outcomes, customers: string): Row[] {
  return Object.entries(outcomes).flatMap(([outcome, result]) => [
    estimateRow(base, outcome, result.count, customers),
    estimateRow(base, `${outcome}_per_hour`, result.perHour, 'customers/h'),
    shareRow(base, `${outcome}_share`, result.share),
  ]);
}

/** Of those who gave up, who balked and who reneged; none in results kept before they were counted. */
function gaveUpRows(
  base: Base,
  figures: { balked?: Estimate; reneged?: Estimate },
  customers: string,
): Row[] {
  const { balked, reneged } = figures;
  if (!balked || !reneged) return [];
  return [
    estimateRow(base, 'balked', balked, customers),
    estimateRow(base, 'reneged', reneged, customers),
  ];
}

/** `perServed` → `per_served`: the CSV's metrics are snake case. */
function snake(id: string): string {
  return id.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Who the cost was for (the dock's cost table, costTable.ts), each figure a `cost_…` row:
 * per day or run, or per visit (an outcome's cost per visit: `cost_<outcome>_per_visit`).
 */
function costRows(
  base: Base,
  figures: CostColumnFigures | null | undefined,
  outcomes: readonly ExitOutcome[],
  per: string,
  money: string,
): Row[] {
  if (!figures || !('busy' in figures)) return [];
  return costFigures(outcomes).flatMap(({ id, unit, outcome, pick }) => {
    const estimate = pick(figures);
    if (!estimate) return [];
    const metric = outcome ? `cost_${outcome}_per_visit` : `cost_${snake(id)}`;
    return [
      estimateRow(base, metric, estimate, unit === 'money' ? `${money}/${per}` : `${money}/visit`),
    ];
  });
}

export function resultsToCsv(results: Results, blueprint: Blueprint, language = 'en'): string {
  const names = namesIn(blueprint, language);
  const per = results.run.mode === 'day' ? 'day' : 'run';
  const customers = `customers/${per}`;
  // Money in the currency the run's costs are in ("CNY/day"), else in the unnamed one of its prices.
  const money = results.currency ?? 'money';
  const rows: Row[] = [];
  const priced = systemCostFigures(results);
  const costOutcomes = Object.keys(priced?.outcomes ?? {}) as ExitOutcome[];

  const run: Base = { kind: 'run', id: results.blueprint.id, name: '' };
  rows.push(
    { ...run, metric: 'mode', value: results.run.mode, ci: null, unit: '' },
    { ...run, metric: 'replications', value: results.run.replications, ci: null, unit: '' },
    { ...run, metric: 'seed', value: results.run.seed, ci: null, unit: '' },
  );

  const system: Base = { kind: 'system', id: 'system', name: '' };
  const { counts, timeInSystem, wait, withinTarget, throughputPerHour } = results.system;
  rows.push(
    estimateRow(system, 'arrived', counts.arrived, customers),
    estimateRow(system, 'served', counts.served, customers),
    ...outcomeRows(system, results.system.outcomes, customers),
    estimateRow(system, 'abandoned', counts.abandoned, customers),
    ...gaveUpRows(system, counts, customers),
    ...durationRows(system, 'time_in_system', timeInSystem),
    ...durationRows(system, 'wait', wait),
    ...(withinTarget ? [shareRow(system, 'within_target', withinTarget)] : []),
    estimateRow(system, 'throughput', throughputPerHour, 'customers/h'),
    ...costRows(system, priced, costOutcomes, per, money),
  );

  for (const [classId, result] of Object.entries(results.classes)) {
    const base: Base = { kind: 'class', id: classId, name: names.customerClass(classId) ?? '' };
    rows.push(
      estimateRow(base, 'arrived', result.arrived, customers),
      estimateRow(base, 'served', result.served, customers),
      ...outcomeRows(base, result.outcomes, customers),
      estimateRow(base, 'abandoned', result.abandoned, customers),
      ...gaveUpRows(base, result, customers),
      ...durationRows(base, 'time_in_system', result.timeInSystem),
      ...durationRows(base, 'wait', result.wait),
      ...(result.withinTarget ? [shareRow(base, 'within_target', result.withinTarget)] : []),
      estimateRow(base, 'throughput', result.throughputPerHour, 'customers/h'),
      ...(priced ? costRows(base, result.cost, costOutcomes, per, money) : []),
    );
  }

  for (const [poolId, pool] of Object.entries(results.resources)) {
    const base: Base = { kind: 'pool', id: poolId, name: names.pool(poolId) };
    rows.push(
      shareRow(base, 'utilization', pool.utilization),
      estimateRow(base, 'busy_units', pool.busyUnits, 'units'),
      estimateRow(base, 'capacity', pool.capacity, 'units'),
      estimateRow(base, 'queue_length_mean', pool.queueLength.mean, 'customers'),
      {
        ...base,
        metric: 'queue_length_max',
        value: pool.queueLength.max,
        ci: null,
        unit: 'customers',
      },
      estimateRow(base, 'cost', pool.cost, `${money}/${per}`),
      // Work after the pool's hours (a day that runs past closing), apart from its cost.
      estimateRow(base, 'overtime_hours', pool.overtime.hours, `unit-hours/${per}`),
      estimateRow(base, 'overtime_cost', pool.overtime.cost, `${money}/${per}`),
      { ...base, metric: 'unstable', value: pool.unstable ? 1 : 0, ci: null, unit: '' },
    );
  }

  for (const [stepId, step] of Object.entries(results.steps)) {
    const base: Base = { kind: 'step', id: stepId, name: names.step(stepId) };
    rows.push(
      estimateRow(base, 'visits', step.visits, `visits/${per}`),
      ...(step.wait ? durationRows(base, 'wait', step.wait) : []),
      // Everyone who queued, those who gave up included (until they left).
      ...(step.waitAll ? durationRows(base, 'wait_all', step.waitAll) : []),
      estimateRow(base, 'queue_length_mean', step.queueLength.mean, 'customers'),
      {
        ...base,
        metric: 'queue_length_max',
        value: step.queueLength.max,
        ci: null,
        unit: 'customers',
      },
      {
        ...base,
        metric: 'failures',
        value: step.failures.count,
        ci: step.failures.ci95,
        unit: `failures/${per}`,
      },
      { ...base, metric: 'failure_rate', value: step.failures.rate * 100, ci: null, unit: '%' },
      estimateRow(base, 'balks', step.balks, customers),
      estimateRow(base, 'reneges', step.reneges, customers),
      { ...base, metric: 'unstable', value: step.unstable ? 1 : 0, ci: null, unit: '' },
    );
  }

  // RFC 4180: CRLF between records, and after the last one.
  return [CSV_COLUMNS.join(','), ...rows.map(line)].join('\r\n') + '\r\n';
}

/** The results as they are (docs/results-format.md), as the command line prints them. */
export function resultsToJson(results: Results): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

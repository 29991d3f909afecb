/**
 * A month of day types: each of the blueprint's day types is run on its own (the same
 * replications; its own seed, so the runs are independent), and the month is their
 * per-day figures weighted by `daysPerMonth`: customers served and those who gave up in a
 * month, the mean wait weighted by customers, the month's cost. Intervals by
 * weightedSum.ts. Pure: the runs are made by the caller (the command line, the app's
 * worker), which hands their results here.
 */
import { DEFAULT_DAYS_PER_MONTH, applyDayType } from '../model/dayTypes.ts';
import type { ExitOutcome } from '../model/constants.ts';
import type { Blueprint } from '../model/schema/blueprint.ts';
import type { Results } from '../sim/results.ts';
import { type Estimate, SHARE } from '../sim/stats/confidence.ts';
import { type Values, weightedRatio, weightedSum } from './weightedSum.ts';

export const MONTH_FORMAT = 'blueprint-lab-month';
export const MONTH_VERSION = 1;

/** Seeds are 32-bit: the day types' seeds wrap around past the top. */
const SEEDS = 4_294_967_296;

/** One day type's run in a month. */
export interface MonthRun {
  dayType: string;
  daysPerMonth: number;
  /** The run's seed: the month's seed plus the day type's place in the blueprint's list. */
  seed: number;
  /** The blueprint as it runs on that day. */
  blueprint: Blueprint;
}

/** Why a blueprint has no month: codes, worded by the callers. */
export type MonthProblem = 'no-day-types' | 'steady-state';

/**
 * The runs a month takes: one per day type, in the blueprint's order, day type k with
 * seed + k (so that each is independent of the others, and the first is the very run
 * `--day-type` of it with the same seed gives).
 */
export function monthRuns(blueprint: Blueprint, seed: number): MonthRun[] | MonthProblem {
  const dayTypes = blueprint.dayTypes ?? [];
  if (dayTypes.length === 0) return 'no-day-types';
  if (blueprint.run?.mode === 'steady') return 'steady-state';
  return dayTypes.map((dayType, k) => ({
    dayType: dayType.id,
    daysPerMonth: dayType.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH,
    seed: (seed + k) % SEEDS,
    blueprint: applyDayType(blueprint, dayType.id),
  }));
}

/** One day type's results and how many such days a month has. */
export interface MonthDay {
  dayType: string;
  daysPerMonth: number;
  results: Results;
}

/** The month's figures, each a 95 % interval over the independent day-type runs. */
export interface MonthFigures {
  /** Σ daysPerMonth. */
  days: number;
  arrived: Estimate;
  served: Estimate;
  abandoned: Estimate;
  /** Those who gave up over those who left (served or gave up), in the month. */
  abandonedShare: Estimate;
  /** Visits a month by outcome, the same outcomes as every day's results. */
  outcomes: Partial<Record<ExitOutcome, Estimate>>;
  /** Mean total wait of the month's served customers (each day weighted by its customers). */
  wait: Estimate;
  /** Mean time in system of the month's served customers. */
  timeInSystem: Estimate;
  /** Null when no pool has a price. */
  cost: {
    /** All pools' cost in a month, overtime included. */
    total: Estimate;
    /** That cost over the month's visits served. */
    perServed: Estimate;
    /** Each pool's cost in a month, its overtime included. */
    resources: Record<string, Estimate>;
  } | null;
}

export interface Month {
  format: typeof MONTH_FORMAT;
  version: typeof MONTH_VERSION;
  blueprint: { id: string };
  run: { replications: number; seed: number };
  month: MonthFigures;
  /** Each day type's own results (per day), in the blueprint's order. */
  dayTypes: { id: string; daysPerMonth: number; seed: number; results: Results }[];
}

/** Per replication, the mean of the `served` customers times their number: their total. */
function totals(served: Values, means: Values): Values {
  return served.map((count, r) => {
    if (count === null) return null;
    if (count === 0) return 0; // nobody served: no mean, and nothing to add
    const mean = means[r];
    return mean === null || mean === undefined ? null : mean * count;
  });
}

function sum(a: Values, b: Values): Values {
  return a.map((value, r) => {
    const other = b[r];
    return value === null || other === null || other === undefined ? null : value + other;
  });
}

/** The month's figures from its days' results (all business days, all with per-replication values). */
export function monthFigures(days: readonly MonthDay[]): MonthFigures {
  const linear = (pick: (results: Results) => Values | undefined): Estimate =>
    weightedSum(days.map((day) => ({ weight: day.daysPerMonth, values: pick(day.results) ?? [] })));
  const ratio = (
    top: (results: Results) => Values,
    bottom: (results: Results) => Values,
    range = SHARE,
  ): Estimate =>
    weightedRatio(
      days.map((day) => ({
        weight: day.daysPerMonth,
        numerator: top(day.results),
        denominator: bottom(day.results),
      })),
      range,
    );
  const system = (results: Results) => results.perReplication.system;
  const outcomes: MonthFigures['outcomes'] = {};
  const first = days[0]?.results;
  for (const outcome of Object.keys(first?.system.outcomes ?? {}) as ExitOutcome[])
    outcomes[outcome] = linear((r) => system(r).outcomes[outcome]?.count);
  const priced = days.some((day) => day.results.system.cost !== null);
  const resources: Record<string, Estimate> = {};
  if (priced)
    for (const pool of Object.keys(first?.resources ?? {}))
      resources[pool] = linear((r) => {
        const values = r.perReplication.resources[pool];
        return values && sum(values.cost, values.overtimeCost);
      });
  const unbounded = [0, Infinity] as const;
  return {
    days: days.reduce((total, day) => total + day.daysPerMonth, 0),
    arrived: linear((r) => system(r).arrived),
    served: linear((r) => system(r).served),
    abandoned: linear((r) => system(r).abandoned),
    abandonedShare: ratio(
      (r) => system(r).abandoned,
      (r) => sum(system(r).abandoned, system(r).served),
    ),
    outcomes,
    wait: ratio(
      (r) => totals(system(r).served, system(r).waitMean),
      (r) => system(r).served,
      unbounded,
    ),
    timeInSystem: ratio(
      (r) => totals(system(r).served, system(r).timeInSystemMean),
      (r) => system(r).served,
      unbounded,
    ),
    cost: priced
      ? {
          total: linear((r) => system(r).totalCost),
          perServed: ratio(
            (r) => system(r).totalCost ?? [],
            (r) => system(r).served,
            unbounded,
          ),
          resources,
        }
      : null,
  };
}

/** The month, with each day type's results, as `simulate --month --json` writes it. */
export function month(
  blueprintId: string,
  run: { replications: number; seed: number },
  days: readonly (MonthDay & { seed: number })[],
): Month {
  return {
    format: MONTH_FORMAT,
    version: MONTH_VERSION,
    blueprint: { id: blueprintId },
    run,
    month: monthFigures(days),
    dayTypes: days.map((day) => ({
      id: day.dayType,
      daysPerMonth: day.daysPerMonth,
      seed: day.seed,
      results: day.results,
    })),
  };
}

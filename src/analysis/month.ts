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
import { type Estimate, type Range, SHARE } from '../sim/stats/confidence.ts';
import {
  type Values,
  type WeightedPart,
  type WeightedRatioPart,
  pairedWeightedRatioDifference,
  pairedWeightedSumDifference,
  weightedRatio,
  weightedRatioDifference,
  weightedSum,
  weightedSumDifference,
} from './weightedSum.ts';

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
  /** The blueprint's `currency`, as in each day type's results; absent when it names none. */
  currency?: string;
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

type Pick = (results: Results) => Values | undefined;
interface RatioPick {
  top: (results: Results) => Values;
  bottom: (results: Results) => Values;
  range: Range;
}

const system = (results: Results) => results.perReplication.system;
const UNBOUNDED: Range = [0, Infinity];

/** The month's sums: customers and the cost, each Σ days × the day's mean. */
const SUMS = {
  arrived: (r) => system(r).arrived,
  served: (r) => system(r).served,
  abandoned: (r) => system(r).abandoned,
  totalCost: (r) => system(r).totalCost,
} satisfies Record<string, Pick>;

/** The month's ratios: each a weighted sum over another (weighted by customers, not days). */
const RATIOS = {
  abandonedShare: {
    top: (r) => system(r).abandoned,
    bottom: (r) => sum(system(r).abandoned, system(r).served),
    range: SHARE,
  },
  wait: {
    top: (r) => totals(system(r).served, system(r).waitMean),
    bottom: (r) => system(r).served,
    range: UNBOUNDED,
  },
  timeInSystem: {
    top: (r) => totals(system(r).served, system(r).timeInSystemMean),
    bottom: (r) => system(r).served,
    range: UNBOUNDED,
  },
  costPerServed: {
    top: (r) => system(r).totalCost ?? [],
    bottom: (r) => system(r).served,
    range: UNBOUNDED,
  },
} satisfies Record<string, RatioPick>;

const outcomePick =
  (outcome: ExitOutcome): Pick =>
  (r) =>
    system(r).outcomes[outcome]?.count;

function sumParts(days: readonly MonthDay[], pick: Pick): WeightedPart[] {
  return days.map((day) => ({ weight: day.daysPerMonth, values: pick(day.results) ?? [] }));
}

function ratioParts(days: readonly MonthDay[], pick: RatioPick): WeightedRatioPart[] {
  return days.map((day) => ({
    weight: day.daysPerMonth,
    numerator: pick.top(day.results),
    denominator: pick.bottom(day.results),
  }));
}

function outcomesOf(days: readonly MonthDay[]): ExitOutcome[] {
  return Object.keys(days[0]?.results.system.outcomes ?? {}) as ExitOutcome[];
}

function isPriced(days: readonly MonthDay[]): boolean {
  return days.some((day) => day.results.system.cost !== null);
}

/** The figures of the month's customers, in the order the JSON writes them. */
function customerFigures(
  linear: (pick: Pick) => Estimate,
  ratio: (pick: RatioPick) => Estimate,
  outcomes: MonthFigures['outcomes'],
) {
  return {
    arrived: linear(SUMS.arrived),
    served: linear(SUMS.served),
    abandoned: linear(SUMS.abandoned),
    abandonedShare: ratio(RATIOS.abandonedShare),
    outcomes,
    wait: ratio(RATIOS.wait),
    timeInSystem: ratio(RATIOS.timeInSystem),
  };
}

/** The month's figures from its days' results (all business days, all with per-replication values). */
export function monthFigures(days: readonly MonthDay[]): MonthFigures {
  const linear = (pick: Pick) => weightedSum(sumParts(days, pick));
  const ratio = (pick: RatioPick) => weightedRatio(ratioParts(days, pick), pick.range);
  const outcomes: MonthFigures['outcomes'] = {};
  for (const outcome of outcomesOf(days)) outcomes[outcome] = linear(outcomePick(outcome));
  const priced = isPriced(days);
  const resources: Record<string, Estimate> = {};
  if (priced)
    for (const pool of Object.keys(days[0]?.results.resources ?? {}))
      resources[pool] = linear((r) => {
        const values = r.perReplication.resources[pool];
        return values && sum(values.cost, values.overtimeCost);
      });
  return {
    days: days.reduce((total, day) => total + day.daysPerMonth, 0),
    ...customerFigures(linear, ratio, outcomes),
    cost: priced
      ? { total: linear(SUMS.totalCost), perServed: ratio(RATIOS.costPerServed), resources }
      : null,
  };
}

/** A month's figure − another's, with the 95 % interval of the difference; the pools' costs left out. */
export type MonthDifferences = Omit<MonthFigures, 'days' | 'cost'> & {
  cost: { total: Estimate; perServed: Estimate } | null;
};

/**
 * Two months whose replications pair: the same day types in the same order, each run with
 * the same seed and as many replications (a what-if of a month, or the same month run
 * again with a change). Replication r of a day type then drew from the same random
 * streams in both.
 */
export function pairedMonths(before: Month, after: Month): boolean {
  return (
    before.run.replications === after.run.replications &&
    before.dayTypes.length === after.dayTypes.length &&
    before.dayTypes.every((day, k) => {
      const other = after.dayTypes[k]!;
      return day.id === other.id && day.seed === other.seed;
    })
  );
}

/**
 * `after` − `before`, figure by figure. Unpaired (two months of other seeds, or of other
 * day types), the two are taken as independent runs (Welch–Satterthwaite over all their
 * parts), which is on the safe side (wider) for months of the same seed. `paired`
 * (pairedMonths): each day type's difference is taken replication by replication, and
 * the day types add up as independent parts. An outcome only one month has counts as 0
 * in the other; the cost is compared when both months are priced.
 */
export function monthDifferences(
  before: readonly MonthDay[],
  after: readonly MonthDay[],
  paired = false,
): MonthDifferences {
  const sumDifference = paired ? pairedWeightedSumDifference : weightedSumDifference;
  const ratioDifference = paired ? pairedWeightedRatioDifference : weightedRatioDifference;
  const linear = (pick: Pick) => sumDifference(sumParts(before, pick), sumParts(after, pick));
  const ratio = (pick: RatioPick) =>
    ratioDifference(ratioParts(before, pick), ratioParts(after, pick));
  const outcomes: MonthDifferences['outcomes'] = {};
  for (const outcome of new Set([...outcomesOf(before), ...outcomesOf(after)])) {
    const pick: Pick = (r) =>
      outcomePick(outcome)(r) ??
      r.perReplication.system.served.map((count) => (count === null ? null : 0));
    outcomes[outcome] = linear(pick);
  }
  return {
    ...customerFigures(linear, ratio, outcomes),
    cost:
      isPriced(before) && isPriced(after)
        ? { total: linear(SUMS.totalCost), perServed: ratio(RATIOS.costPerServed) }
        : null,
  };
}

/** The month, with each day type's results, as `simulate --month --json` writes it. */
export function month(
  blueprintId: string,
  run: { replications: number; seed: number },
  days: readonly (MonthDay & { seed: number })[],
): Month {
  // Day types change arrivals and staffing, never the currency: every day's is the blueprint's.
  const currency = days[0]?.results.currency;
  return {
    format: MONTH_FORMAT,
    version: MONTH_VERSION,
    blueprint: { id: blueprintId },
    ...(currency === undefined ? {} : { currency }),
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

/**
 * Combines replications into the documented results (docs/results-format.md). Means
 * come with 95 % confidence intervals across replications; percentiles are read from
 * the pooled histograms of all replications.
 */
import { type ExitOutcome, OUTCOMES } from '../model/index.ts';
import type { CompiledModel } from './model.ts';
import { type PerReplication, perReplication } from './perReplication.ts';
import { type Estimate, SHARE, estimate } from './stats/confidence.ts';
import { Histogram } from './stats/histogram.ts';
import type { ClassReplication, Observations, Replication } from './stats/replication.ts';
import type { RunWarning } from './warnings.ts';

export const RESULTS_FORMAT = 'blueprint-lab-results';
export const RESULTS_VERSION = 2;

/** Statistics of a duration in minutes. */
export interface DurationStats {
  /** Mean of the replications' means (so that ci95 is centred on it). */
  mean: number;
  /** 95 % interval of the mean, from the replications' means; null with one replication. */
  ci95: [number, number] | null;
  p50: number;
  p90: number;
  p95: number;
  max: number;
  /** Observations per replication, on average. */
  count: number;
}

export interface StepResult {
  visits: Estimate;
  /**
   * Waiting for the step's pool, of those who started service (0 for those who found a
   * unit free); null for steps that need no pool.
   */
  wait: DurationStats | null;
  /**
   * Waiting for the step's pool, of everyone who queued or was served at once: those
   * served and those who reneged, each with their time in the queue until they left it.
   * Null where `wait` is null.
   */
  waitAll: DurationStats | null;
  queueLength: { mean: Estimate; max: number };
  failures: { count: number; ci95: [number, number] | null; total: number; rate: number };
  balks: Estimate;
  reneges: Estimate;
  /** Customers stopped here after MAX_MOVES steps (a loop), over all replications. */
  stuck: number;
  /** The pool this step queues for cannot keep up in a steady-state run: waits grow without end. */
  unstable?: true;
  /**
   * Present only on a waiting step (src/model/waitingSteps.ts): the id of the step whose
   * queue it draws. That step's `wait` is the wait here; this step's own `wait` is null.
   */
  queueOf?: string;
}

export interface PoolResult {
  /** Offered load at or above capacity in a steady-state run: its queue grows without end. */
  unstable?: true;
  utilization: Estimate;
  busyUnits: Estimate;
  capacity: Estimate;
  queueLength: { mean: Estimate; max: number };
  /** Available unit-hours in the pool's hours × costPerHour. */
  cost: Estimate;
  /** Busy unit-hours after the pool's hours (a day that runs past closing) and their cost. */
  overtime: { hours: Estimate; cost: Estimate };
}

/** How many visits ended one way (an exit's outcome). */
export interface OutcomeResult {
  /** Customers per replication (per day, or per run in a steady state). */
  count: Estimate;
  /** The same per hour of the statistics window. */
  perHour: Estimate;
  /** Share of the customers who left in the replication (served or abandoned), 0..1. */
  share: Estimate;
}

/**
 * By outcome, in the order of OUTCOMES: `completed` always, and every outcome an exit of
 * the blueprint has. The counts add up to `served`.
 */
export type Outcomes = Partial<Record<ExitOutcome, OutcomeResult>>;

export interface ClassResult {
  arrived: Estimate;
  /** Customers whose visit ended at an exit (or a dead end), whatever the outcome. */
  served: Estimate;
  abandoned: Estimate;
  outcomes: Outcomes;
  timeInSystem: DurationStats;
  wait: DurationStats;
  /**
   * Share of the customers who left (served or abandoned) that were served within their
   * class's target; only classes with a target count. Null when no class has one.
   */
  withinTarget: Estimate | null;
  /** Customers stopped in a loop (MAX_MOVES), over all replications. */
  stuck: number;
  throughputPerHour: Estimate;
}

/**
 * A distribution for a chart: bin k counts [k·binMinutes, (k+1)·binMinutes) minutes over
 * all replications; the last bin also holds everything above.
 */
export interface BinnedDurations {
  binMinutes: number;
  counts: number[];
}

export interface SystemResult {
  served: number;
  /** Customers stopped in a loop (MAX_MOVES), over all replications. */
  stuck: number;
  abandoned: number;
  arrived: number;
  counts: { served: Estimate; abandoned: Estimate; arrived: Estimate };
  outcomes: Outcomes;
  timeInSystem: DurationStats;
  wait: DurationStats;
  withinTarget: Estimate | null;
  throughputPerHour: Estimate;
  inSystemAtEnd: Estimate;
  /** Little's law check, L = λW over the whole system. */
  little: { L: Estimate; lambdaPerMinute: Estimate; W: Estimate };
  timeInSystemHistogram: BinnedDurations;
  waitHistogram: BinnedDurations;
}

export interface Results {
  format: typeof RESULTS_FORMAT;
  version: typeof RESULTS_VERSION;
  blueprint: { id: string };
  run: {
    mode: 'day' | 'steady';
    replications: number;
    seed: number;
    start: number;
    statsStart: number;
    arrivalsEnd: number;
  };
  steps: Record<string, StepResult>;
  resources: Record<string, PoolResult>;
  classes: Record<string, ClassResult>;
  system: SystemResult;
  series: {
    start: number;
    binMinutes: number;
    resources: Record<string, { utilization: (number | null)[]; queueLength: (number | null)[] }>;
  };
  /** Codes with parameters (docs/results-format.md, 5); worded by warningText.ts. */
  warnings: RunWarning[];
  /** The headline figures of each replication, for comparing runs (3.11). */
  perReplication: PerReplication;
}

/** Every replication's observations in one histogram (only the first still has one). */
function pooledHistogram(list: Observations[]): Histogram {
  const pooled = new Histogram();
  for (const o of list) if (o.histogram) pooled.merge(o.histogram);
  return pooled;
}

/** Bins a chart can read at a glance: about 30, with a round width, up to the 99th percentile. */
const TARGET_BINS = 30;
const ROUND_STEPS = [1, 2, 2.5, 5, 10];

function chartHistogram(list: Observations[]): BinnedDurations {
  const pooled = pooledHistogram(list);
  const top = pooled.quantile(0.99);
  if (!(top > 0)) return { binMinutes: 1, counts: pooled.total > 0 ? [pooled.total] : [] };
  const rough = top / TARGET_BINS;
  const scale = 10 ** Math.floor(Math.log10(rough));
  const binMinutes = ROUND_STEPS.map((step) => step * scale).find((w) => w >= rough)!;
  return { binMinutes, counts: pooled.binned(binMinutes, Math.ceil(top / binMinutes) + 1) };
}

/** Two kinds of observation of one replication as one (served and reneged: all who queued). */
function together(a: Observations, b: Observations): Observations {
  const count = a.count + b.count;
  const sum = (a.count > 0 ? a.count * a.mean : 0) + (b.count > 0 ? b.count * b.mean : 0);
  let histogram: Histogram | null = null;
  if (a.histogram || b.histogram) {
    histogram = new Histogram();
    if (a.histogram) histogram.merge(a.histogram);
    if (b.histogram) histogram.merge(b.histogram);
  }
  return {
    count,
    mean: count > 0 ? sum / count : NaN,
    max: Math.max(a.count > 0 ? a.max : 0, b.count > 0 ? b.max : 0),
    histogram,
  };
}

function durationStats(list: Observations[]): DurationStats {
  const pooled = pooledHistogram(list);
  let count = 0;
  let max = 0;
  for (const o of list) {
    count += o.count;
    max = Math.max(max, o.count > 0 ? o.max : 0);
  }
  // Replications are the independent observations: the mean is theirs, so the interval is centred on it.
  const means = estimate(list.map((o) => (o.count > 0 ? o.mean : NaN)));
  return {
    mean: count > 0 ? means.mean : NaN,
    ci95: means.ci95,
    p50: pooled.quantile(0.5),
    p90: pooled.quantile(0.9),
    p95: pooled.quantile(0.95),
    max,
    count: count / Math.max(1, list.length),
  };
}

function outcomeResults(
  list: ClassReplication[],
  spans: readonly number[],
  reported: readonly number[],
): Outcomes {
  const outcomes: Outcomes = {};
  for (const index of reported) {
    const counts = list.map((r) => r.outcomes[index]!);
    outcomes[OUTCOMES[index]!] = {
      count: estimate(counts),
      perHour: estimate(counts.map((count, i) => (spans[i]! > 0 ? (count / spans[i]!) * 60 : NaN))),
      share: estimate(
        counts.map((count, i) => {
          const left = list[i]!.served + list[i]!.abandoned;
          return left > 0 ? count / left : NaN;
        }),
        SHARE,
      ),
    };
  }
  return outcomes;
}

/** Outcome indices the results report: completed (a dead end ends so) and every exit's. */
function reportedOutcomes(model: CompiledModel): number[] {
  const used = new Set([OUTCOMES.indexOf('completed')]);
  for (const step of model.steps) if (step.exit) used.add(step.outcome);
  return [...used].sort((a, b) => a - b);
}

function classResult(
  list: ClassReplication[],
  hasTarget: boolean,
  spans: readonly number[],
  reported: readonly number[],
): ClassResult {
  return {
    arrived: estimate(list.map((r) => r.arrived)),
    served: estimate(list.map((r) => r.served)),
    abandoned: estimate(list.map((r) => r.abandoned)),
    outcomes: outcomeResults(list, spans, reported),
    timeInSystem: durationStats(list.map((r) => r.timeInSystem)),
    wait: durationStats(list.map((r) => r.wait)),
    withinTarget: hasTarget
      ? estimate(
          list.map((r) => (r.targeted > 0 ? r.withinTarget / r.targeted : NaN)),
          SHARE,
        )
      : null,
    stuck: list.reduce((sum, r) => sum + r.stuck, 0),
    throughputPerHour: estimate(list.map((r) => r.throughputPerHour)),
  };
}

function averageSeries(series: number[][]): (number | null)[] {
  const length = series[0]?.length ?? 0;
  return Array.from({ length }, (_, bin) => {
    const values = series.map((s) => s[bin]!).filter((v) => Number.isFinite(v));
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  });
}

export function combine(
  model: CompiledModel,
  blueprintId: string,
  replications: Replication[],
  layout: { start: number; binMinutes: number },
  unstablePools: ReadonlySet<number>,
  warnings: RunWarning[],
): Results {
  const { window } = model;
  const steps: Record<string, StepResult> = {};
  model.steps.forEach((step, i) => {
    const list = replications.map((r) => r.steps[i]!);
    const failures = estimate(list.map((s) => s.failures));
    const attempts = list.reduce((sum, s) => sum + s.attempts, 0);
    const total = list.reduce((sum, s) => sum + s.failures, 0);
    const queued = list.some((s) => s.wait.count > 0);
    const unstable = queued && unstablePools.has(step.pool);
    steps[step.id] = {
      visits: estimate(list.map((s) => s.visits)),
      // Steps done with units the customer already holds have no queue of their own.
      wait: queued && !unstable ? durationStats(list.map((s) => s.wait)) : null,
      waitAll:
        queued && !unstable
          ? durationStats(list.map((s) => together(s.wait, s.renegedWait)))
          : null,
      queueLength: {
        mean: estimate(list.map((s) => (unstable ? NaN : s.queueMean))),
        max: Math.max(0, ...list.map((s) => s.queueMax)),
      },
      failures: {
        count: failures.mean,
        ci95: failures.ci95,
        total,
        rate: attempts > 0 ? total / attempts : 0,
      },
      balks: estimate(list.map((s) => s.balks)),
      reneges: estimate(list.map((s) => s.reneges)),
      stuck: list.reduce((sum, s) => sum + s.stuck, 0),
      ...(unstable ? { unstable: true as const } : {}),
    };
  });
  const resources: Record<string, PoolResult> = {};
  const seriesByPool: Results['series']['resources'] = {};
  model.pools.forEach((pool, i) => {
    const list = replications.map((r) => r.pools[i]!);
    resources[pool.id] = {
      utilization: estimate(list.map((p) => p.utilization)),
      busyUnits: estimate(list.map((p) => p.busyMean)),
      capacity: estimate(list.map((p) => p.capacityMean)),
      queueLength: {
        mean: estimate(list.map((p) => p.queueMean)),
        max: Math.max(0, ...list.map((p) => p.queueMax)),
      },
      cost: estimate(list.map((p) => p.cost)),
      overtime: {
        hours: estimate(list.map((p) => p.overtimeHours)),
        cost: estimate(list.map((p) => p.overtimeCost)),
      },
      ...(unstablePools.has(i) ? { unstable: true as const } : {}),
    };
    seriesByPool[pool.id] = {
      utilization: averageSeries(list.map((p) => p.utilizationSeries)),
      queueLength: averageSeries(list.map((p) => p.queueSeries)),
    };
  });
  const classes: Record<string, ClassResult> = {};
  const spans = replications.map((r) => r.span);
  const reported = reportedOutcomes(model);
  model.classes.forEach((customerClass, i) => {
    classes[customerClass.id] = classResult(
      replications.map((r) => r.classes[i]!),
      customerClass.target !== null,
      spans,
      reported,
    );
  });
  const overall = classResult(
    replications.map((r) => r.system),
    model.classes.some((c) => c.target !== null),
    spans,
    reported,
  );
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    blueprint: { id: blueprintId },
    run: {
      mode: window.mode,
      replications: replications.length,
      seed: window.seed,
      start: window.start,
      statsStart: window.statsStart,
      arrivalsEnd: window.arrivalsEnd,
    },
    steps,
    resources,
    classes,
    system: {
      served: overall.served.mean,
      stuck: overall.stuck,
      abandoned: overall.abandoned.mean,
      arrived: overall.arrived.mean,
      counts: { served: overall.served, abandoned: overall.abandoned, arrived: overall.arrived },
      outcomes: overall.outcomes,
      timeInSystem: overall.timeInSystem,
      wait: overall.wait,
      withinTarget: overall.withinTarget,
      throughputPerHour: overall.throughputPerHour,
      inSystemAtEnd: estimate(replications.map((r) => r.inSystemAtEnd)),
      little: {
        L: estimate(replications.map((r) => r.little.L)),
        lambdaPerMinute: estimate(replications.map((r) => r.little.lambda)),
        W: estimate(replications.map((r) => r.little.W)),
      },
      timeInSystemHistogram: chartHistogram(replications.map((r) => r.system.timeInSystem)),
      waitHistogram: chartHistogram(replications.map((r) => r.system.wait)),
    },
    series: { start: layout.start, binMinutes: layout.binMinutes, resources: seriesByPool },
    warnings,
    perReplication: perReplication(model, replications),
  };
}

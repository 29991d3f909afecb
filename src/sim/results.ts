/**
 * Combines replications into the documented results (docs/results-format.md). Means
 * come with 95 % confidence intervals across replications; percentiles are read from
 * the pooled histograms of all replications. Each part is summarised in its own file
 * under summaries/: durations, steps, pools, classes and outcomes.
 */
import type { CompiledModel } from './model.ts';
import { type PerReplication, perReplication } from './perReplication.ts';
import { type Estimate, estimate } from './stats/confidence.ts';
import type { Replication } from './stats/replication.ts';
import {
  type ClassResult,
  type Outcomes,
  classResult,
  reportedOutcomes,
} from './summaries/classes.ts';
import { type BinnedDurations, type DurationStats, chartHistogram } from './summaries/durations.ts';
import { type PoolResult, type PoolSeries, poolResult, poolSeries } from './summaries/pools.ts';
import { type CostResult, costResult, priced as isPriced } from './summaries/cost.ts';
import { classCostResult } from './summaries/costParts.ts';
import { type DiversionResult, diversionResults } from './summaries/diversions.ts';
import { type StepResult, stepResult } from './summaries/steps.ts';
import type { RunWarning } from './warnings.ts';

export type { ClassCost, ClassResult, OutcomeResult, Outcomes } from './summaries/classes.ts';
export type { BinnedDurations, DurationStats } from './summaries/durations.ts';
export type { CostResult } from './summaries/cost.ts';
export type { CostPart, CostShares } from './summaries/costParts.ts';
export type { DiversionResult } from './summaries/diversions.ts';
export type { PoolResult } from './summaries/pools.ts';
export type { BatchResult, StepResult } from './summaries/steps.ts';

export const RESULTS_FORMAT = 'blueprint-lab-results';
export const RESULTS_VERSION = 2;

export interface SystemResult {
  served: number;
  /** Customers stopped in a loop (MAX_MOVES), over all replications. */
  stuck: number;
  abandoned: number;
  arrived: number;
  /** `balked` and `reneged`: of the abandoned, as in a class (ClassResult). */
  counts: {
    served: Estimate;
    abandoned: Estimate;
    arrived: Estimate;
    balked: Estimate;
    reneged: Estimate;
  };
  /** Of the abandoned, those lost to a missed ticket; present when a step has `missedCall`. */
  missedLost?: Estimate;
  outcomes: Outcomes;
  timeInSystem: DurationStats;
  wait: DurationStats;
  withinTarget: Estimate | null;
  /** All pools' cost and the cost per visit served; null when no pool has a price. */
  cost: CostResult | null;
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
  /**
   * The blueprint's `currency` (ISO 4217), the one every cost is in; absent when the
   * blueprint names none (its costs are then plain numbers).
   */
  currency?: string;
  run: {
    mode: 'day' | 'steady';
    replications: number;
    seed: number;
    start: number;
    statsStart: number;
    arrivalsEnd: number;
    /** The blueprint's day type the run was of (docs/blueprint-format.md, 3.12); absent: the blueprint as written. */
    dayType?: string;
  };
  steps: Record<string, StepResult>;
  resources: Record<string, PoolResult>;
  classes: Record<string, ClassResult>;
  system: SystemResult;
  /**
   * Per flow taken by a queue's length (a flow's `when`): how many it sent on. Present
   * only when the blueprint has such a flow.
   */
  diversions?: Record<string, DiversionResult>;
  series: {
    start: number;
    binMinutes: number;
    resources: Record<string, PoolSeries>;
  };
  /** Codes with parameters (docs/results-format.md, 5); worded by warningText.ts. */
  warnings: RunWarning[];
  /** The headline figures of each replication, for comparing runs (3.11). */
  perReplication: PerReplication;
}

function hasMissedCalls(model: CompiledModel): boolean {
  return model.steps.some((step) => step.missedCall !== null);
}

function systemResult(model: CompiledModel, replications: Replication[]): SystemResult {
  const overall = classResult(
    replications.map((r) => r.system),
    model.classes.some((c) => c.target !== null),
    replications.map((r) => r.customerSpan),
    reportedOutcomes(model),
    hasMissedCalls(model),
  );
  return {
    served: overall.served.mean,
    stuck: overall.stuck,
    abandoned: overall.abandoned.mean,
    arrived: overall.arrived.mean,
    counts: {
      served: overall.served,
      abandoned: overall.abandoned,
      arrived: overall.arrived,
      balked: overall.balked,
      reneged: overall.reneged,
    },
    ...(overall.missedLost ? { missedLost: overall.missedLost } : {}),
    outcomes: overall.outcomes,
    timeInSystem: overall.timeInSystem,
    wait: overall.wait,
    withinTarget: overall.withinTarget,
    cost: costResult(model, replications, reportedOutcomes(model)),
    throughputPerHour: overall.throughputPerHour,
    inSystemAtEnd: estimate(replications.map((r) => r.inSystemAtEnd)),
    little: {
      L: estimate(replications.map((r) => r.little.L)),
      lambdaPerMinute: estimate(replications.map((r) => r.little.lambda)),
      W: estimate(replications.map((r) => r.little.W)),
    },
    timeInSystemHistogram: chartHistogram(replications.map((r) => r.system.timeInSystem)),
    waitHistogram: chartHistogram(replications.map((r) => r.system.wait)),
  };
}

export function combine(
  model: CompiledModel,
  blueprint: { id: string; currency?: string },
  replications: Replication[],
  layout: { start: number; binMinutes: number },
  unstablePools: ReadonlySet<number>,
  warnings: RunWarning[],
): Results {
  const { window } = model;
  const steps: Record<string, StepResult> = {};
  model.steps.forEach((step, i) => {
    steps[step.id] = stepResult(
      replications.map((r) => r.steps[i]!),
      unstablePools.has(step.pool),
      step.missedCall !== null,
      step.batchMinute === null ? null : window.mode === 'day' ? 'day' : 'steady',
    );
  });
  const resources: Record<string, PoolResult> = {};
  const seriesByPool: Record<string, PoolSeries> = {};
  model.pools.forEach((pool, i) => {
    const list = replications.map((r) => r.pools[i]!);
    resources[pool.id] = poolResult(list, unstablePools.has(i));
    seriesByPool[pool.id] = poolSeries(list);
  });
  const classes: Record<string, ClassResult> = {};
  const spans = replications.map((r) => r.customerSpan);
  const reported = reportedOutcomes(model);
  const priced = isPriced(model);
  model.classes.forEach((customerClass, i) => {
    classes[customerClass.id] = {
      ...classResult(
        replications.map((r) => r.classes[i]!),
        customerClass.target !== null,
        spans,
        reported,
        hasMissedCalls(model),
      ),
      cost: priced ? classCostResult(replications, i, reported) : null,
    };
  });
  const diversions = diversionResults(model, replications);
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    blueprint: { id: blueprint.id },
    ...(blueprint.currency === undefined ? {} : { currency: blueprint.currency }),
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
    system: systemResult(model, replications),
    ...(diversions ? { diversions } : {}),
    series: { start: layout.start, binMinutes: layout.binMinutes, resources: seriesByPool },
    warnings,
    perReplication: perReplication(model, replications),
  };
}

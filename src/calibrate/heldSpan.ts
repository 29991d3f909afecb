/**
 * A queue-ticket log's service time (start to end at the window) is the whole time the
 * window is the customer's. In a blueprint that holds its pool across several steps
 * (`keepUntil`: the teller stays from the hand-over to the printed passbook) that time is
 * the held span's, not one step's. Writing it to one step leaves the others' durations on
 * top, and the calibrated branch is overloaded.
 *
 * The rule (docs/calibration-methods.md, 9.1): the fitted mean is the span's mean total,
 * and every step inside the span has its duration multiplied by one factor, so the span's
 * mean (each step's mean times its expected visits within the span, retries included)
 * equals the fitted mean, each step keeping its family, shape and share of the span.
 */
import { roundSignificant } from '../analysis/fit/index.ts';
import type { Blueprint, Distribution } from '../model/index.ts';
import { compile } from '../sim/compile.ts';
import { heldSpanStepTimes } from '../sim/poolDemand.ts';

export interface HeldSpanStep {
  readonly step: string;
  /** Expected visits within one pass of the span (a pass ends at `until` or at a `goto` failure). */
  readonly visits: number;
  /** Mean minutes those visits take, retries included, with the blueprint's durations. */
  readonly meanTime: number;
}

export interface HeldSpan {
  /** The step that takes the pool and keeps it. */
  readonly holder: string;
  readonly until: string;
  /** The steps a customer passes through while the unit is held, the holder first. */
  readonly steps: readonly HeldSpanStep[];
  /** Their sum: the span's mean time with the blueprint's durations. */
  readonly meanTime: number;
}

/** The held span that `stepId` starts or lies inside; undefined when it is in none. */
export function heldSpanContaining(blueprint: Blueprint, stepId: string): HeldSpan | undefined {
  const holders = blueprint.steps.filter((s) => s.resource?.keepUntil !== undefined);
  if (holders.length === 0) return undefined;
  const model = compile(blueprint);
  const shares = classWeights(blueprint, model.classes.length);
  const spanOf = (holderId: string): HeldSpan | undefined => {
    const holder = model.steps.findIndex((s) => s.id === holderId);
    const until = model.steps[holder]?.keepUntil ?? -1;
    if (holder < 0 || until < 0) return undefined;
    const visits = new Float64Array(model.steps.length);
    const meanTime = new Float64Array(model.steps.length);
    shares.forEach((share, classIndex) => {
      if (share === 0) return;
      const times = heldSpanStepTimes(model, blueprint, holder, classIndex);
      times.visits.forEach((v, s) => (visits[s]! += share * v));
      times.meanTime.forEach((t, s) => (meanTime[s]! += share * t));
    });
    const steps: HeldSpanStep[] = [];
    model.steps.forEach((step, s) => {
      if (visits[s]! > 0) steps.push({ step: step.id, visits: visits[s]!, meanTime: meanTime[s]! });
    });
    steps.sort((a, b) => Number(b.step === holderId) - Number(a.step === holderId));
    const total = steps.reduce((sum, s) => sum + s.meanTime, 0);
    return { holder: holderId, until: model.steps[until]!.id, steps, meanTime: total };
  };
  const own = blueprint.steps.find((s) => s.id === stepId)?.resource?.keepUntil;
  if (own !== undefined) return spanOf(stepId);
  for (const holder of holders) {
    const span = spanOf(holder.id);
    if (span?.steps.some((s) => s.step === stepId)) return span;
  }
  return undefined;
}

/** The class shares as weights by class index (equal when the blueprint gives none). */
function classWeights(blueprint: Blueprint, count: number): number[] {
  const classes = blueprint.classes ?? [];
  const shares = classes.map((c) => c.share ?? 0);
  const total = shares.reduce((sum, s) => sum + s, 0);
  if (classes.length !== count || total <= 0) return Array.from({ length: count }, () => 1 / count);
  return shares.map((s) => s / total);
}

const r = (x: number) => roundSignificant(x);

/**
 * `distribution` with every duration multiplied by `factor`: the same family and shape
 * (cv), the mean times `factor`. Exact for every family of the format: each is a scale
 * family, the normal truncated at 0 included (truncation at 0 is unchanged by scaling).
 */
export function scaleDistribution(distribution: Distribution, factor: number): Distribution {
  switch (distribution.type) {
    case 'fixed':
      return { type: 'fixed', value: r(distribution.value * factor) };
    case 'uniform':
      return {
        type: 'uniform',
        min: r(distribution.min * factor),
        max: r(distribution.max * factor),
      };
    case 'triangular':
      return {
        type: 'triangular',
        min: r(distribution.min * factor),
        mode: r(distribution.mode * factor),
        max: r(distribution.max * factor),
      };
    case 'exponential':
      return { type: 'exponential', mean: r(distribution.mean * factor) };
    case 'normal':
    case 'lognormal':
      return {
        type: distribution.type,
        mean: r(distribution.mean * factor),
        sd: r(distribution.sd * factor),
      };
    case 'gamma':
      return { type: 'gamma', mean: r(distribution.mean * factor), cv: distribution.cv };
    case 'empirical':
      return {
        type: 'empirical',
        values: distribution.values.map((v) => r(v * factor)),
        ...(distribution.weights === undefined ? {} : { weights: [...distribution.weights] }),
      };
  }
}

/**
 * What the instant estimates say about each lobby rule (a flow's `when`, 大堂分流): the
 * share of those passing its step that it sends on, stretch by stretch and over the day,
 * from the threshold queue of the pool whose line it reads (diversionDemand.ts,
 * thresholdQueue.ts: an M/M/c birth–death chain whose rule streams stop joining at the
 * threshold, the threshold scaled for steadier services); the work those sent on bring to
 * the other pools (the target: the deposit machine, another window); and caveats, as
 * codes the app words, when the target is busy itself or when giving up shortens the line.
 */
import type { Text } from '../model/index.ts';
import { type DivertedDemand, rulePools } from './diversionDemand.ts';
import type { PoolEstimate } from './estimateTypes.ts';
import type { CompiledModel } from './model.ts';
import { type DemandBasis, poolDemands } from './poolDemand.ts';

/** A target this busy at its busiest is near its capacity: the diverted wait there too. */
export const TARGET_BUSY = 0.85;

/**
 * A rule that sends on this share in some stretch holds its line at the threshold for
 * long: that is where customers who would give up in it do, which the chain leaves out.
 */
const LONG_LINE_SHARE = 0.25;

/** One stretch of the day as the rule sees it. */
export interface DiversionStretch {
  /** Clock minutes (a steady run: minutes of its repeated day). */
  from: number;
  to: number;
  /** Customers passing the rule's step per minute. */
  checkedPerMinute: number;
  /** Of them, the share sent on. */
  share: number;
}

/** A pool those sent on bring work to. Loads in Erlangs over the window's hours. */
export interface DiversionTarget {
  pool: string;
  label: Text;
  /** Busy units the rule adds to the pool (its work with the rule less without it). */
  addedLoad: number;
  /** Customers the rule adds to the pool's line per minute. */
  addedArrivalsPerMinute: number;
  /** The pool's utilisation in its busiest stretch (the rule's work in); null: no units. */
  busiestUtilization: number | null;
  /** That stretch, clock minutes. */
  busiestFrom: number;
  busiestTo: number;
}

export type DiversionCaveat =
  /** The target is at least TARGET_BUSY busy at its busiest (below capacity). */
  | { code: 'target-busy'; pool: string }
  /** The target is at or over its capacity at its busiest: the line moves there. */
  | { code: 'target-overloaded'; pool: string }
  /** Customers who reach the read line can give up, and the line stays long for a while. */
  | { code: 'line-gives-up' };

export interface DiversionEstimate {
  /** The flow's id, its step, target step, the step whose line it reads and the length. */
  flow: string;
  from: string;
  to: string;
  queueAt: string;
  atLeast: number;
  /** The labels of `from` and `to`. */
  fromLabel: Text;
  toLabel: Text;
  /** The pool whose line it reads, and its label. */
  pool: string;
  poolLabel: Text;
  /** How the share is estimated: the threshold queue's Markov chain, stretch by stretch. */
  method: 'threshold-chain';
  /** Over the day: of those passing its step, the share sent on (the run's `share`). */
  share: number;
  /** Passing its step per day (business day: the day's; steady run: 24 h's). */
  checkedPerDay: number;
  /** Sent on per day (the run's `taken`). */
  sentPerDay: number;
  stretches: DiversionStretch[];
  /** Busy units of the read pool's work that the rule takes away over the day. */
  relievedLoad: number;
  /** Pools it adds work to, most first. */
  targets: DiversionTarget[];
  caveats: DiversionCaveat[];
}

/**
 * Per diversion counter, over the cuts: the share sent on, weighted by how many pass its
 * step in each cut (so the day's count sent on is the cuts'), and how many pass in all.
 */
export function dayShares(
  model: CompiledModel,
  cuts: readonly [number, number][],
  diverted: readonly DivertedDemand[],
): { shares: Float64Array; checked: Float64Array } {
  const rules = model.diversions.length;
  const sent = new Float64Array(rules);
  const checked = new Float64Array(rules);
  cuts.forEach(([from, to], i) => {
    const cut = diverted[i]!;
    for (let k = 0; k < rules; k++) {
      checked[k]! += cut.checks[k]! * (to - from);
      sent[k]! += cut.checks[k]! * cut.shares[k]! * (to - from);
    }
  });
  return { shares: sent.map((x, k) => (checked[k]! > 0 ? x / checked[k]! : 0)), checked };
}

/** The busiest stretch of a pool's estimate (null utilisation: work and no units). */
function busiestOf(estimate: PoolEstimate): {
  utilization: number | null;
  from: number;
  to: number;
} {
  let best: { utilization: number | null; from: number; to: number } = {
    utilization: estimate.utilization,
    from: estimate.stretches[0]?.from ?? 0,
    to: estimate.stretches[estimate.stretches.length - 1]?.to ?? 0,
  };
  const rank = (u: number | null) => (u === null ? Infinity : u);
  for (const stretch of estimate.stretches)
    if (rank(stretch.utilization) > rank(best.utilization))
      best = { utilization: stretch.utilization, from: stretch.from, to: stretch.to };
  return best;
}

/** The pools whose customers can give up while they wait (some class with patience). */
function givesUp(renegeRate: ArrayLike<number>, basis: DemandBasis, pool: number): boolean {
  const { model, queues } = basis;
  return (
    model.steps.some((step) => step.pool === pool && queues[step.index] && !step.patienceExempt) &&
    Array.from(renegeRate).some((rate) => rate > 0)
  );
}

export interface DiversionInputs {
  basis: DemandBasis;
  cuts: readonly [number, number][];
  diverted: readonly DivertedDemand[];
  /** The pools' estimates, in the model's order. */
  pools: readonly PoolEstimate[];
  /** Per class: the rate of giving up (estimateAbandonment.ts). */
  renegeRate: ArrayLike<number>;
  /** Per step index, its label. */
  stepLabels: readonly Text[];
}

/** Every lobby rule's estimate, in the order of the blueprint's flows. */
export function diversionEstimates(inputs: DiversionInputs): DiversionEstimate[] {
  const { basis, cuts, diverted, pools } = inputs;
  const { model } = basis;
  if (model.diversions.length === 0) return [];
  const { start, arrivalsEnd } = model.window;
  const { shares, checked } = dayShares(model, cuts, diverted);
  const withRules = poolDemands(basis, start, arrivalsEnd, shares);
  const readPools = rulePools(model);
  return model.diversions.map((flow, k): DiversionEstimate => {
    const read = readPools[k]!;
    const without = shares.slice();
    without[k] = 0;
    const withoutRule = poolDemands(basis, start, arrivalsEnd, without);
    const targets: DiversionTarget[] = [];
    withRules.forEach((demand, p) => {
      const added = demand.load - withoutRule[p]!.load;
      if (p === read || added <= 0) return;
      const busiest = busiestOf(pools[p]!);
      targets.push({
        pool: model.pools[p]!.id,
        label: pools[p]!.label,
        addedLoad: added,
        addedArrivalsPerMinute: Math.max(0, demand.arrivals - withoutRule[p]!.arrivals),
        busiestUtilization: busiest.utilization,
        busiestFrom: busiest.from,
        busiestTo: busiest.to,
      });
    });
    targets.sort((a, b) => b.addedLoad - a.addedLoad);
    const stretches = cuts.map(([from, to], i) => ({
      from,
      to,
      checkedPerMinute: diverted[i]!.checks[k]!,
      share: diverted[i]!.shares[k]!,
    }));
    const caveats: DiversionCaveat[] = [];
    for (const target of targets) {
      const u = target.busiestUtilization;
      if (u === null || u >= 1) caveats.push({ code: 'target-overloaded', pool: target.pool });
      else if (u >= TARGET_BUSY) caveats.push({ code: 'target-busy', pool: target.pool });
    }
    const longLine = stretches.some((s) => s.share >= LONG_LINE_SHARE && s.checkedPerMinute > 0);
    if (read >= 0 && longLine && givesUp(inputs.renegeRate, basis, read))
      caveats.push({ code: 'line-gives-up' });
    return {
      flow: flow.flowId,
      from: model.steps[flow.from]!.id,
      to: model.steps[flow.to]!.id,
      queueAt: model.steps[flow.queueAt]!.id,
      atLeast: flow.atLeast,
      fromLabel: inputs.stepLabels[flow.from]!,
      toLabel: inputs.stepLabels[flow.to]!,
      pool: read >= 0 ? model.pools[read]!.id : '',
      poolLabel: read >= 0 ? pools[read]!.label : '',
      method: 'threshold-chain',
      share: shares[k]!,
      checkedPerDay: checked[k]!,
      sentPerDay: checked[k]! * shares[k]!,
      stretches,
      relievedLoad: read >= 0 ? Math.max(0, withoutRule[read]!.load - withRules[read]!.load) : 0,
      targets,
      caveats,
    };
  });
}

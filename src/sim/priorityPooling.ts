/**
 * Pools that call one another's queues in one order (`servesFirst` with `alsoServes`:
 * every teller window calls the VIP tickets first, the VIP window calls ordinary tickets
 * when no VIP waits) in the instant estimates, stretch by stretch of the day.
 *
 * **Which pools.** A priority group is a set of pools linked by `servesFirst` or
 * `alsoServes`, at least one by `servesFirst`, in which every pool calls every queue of
 * the group (its `servesFirst` in order, its own, its `alsoServes` in order) in the same
 * order. Then no unit idles while anyone of the group waits, and a free unit takes the
 * longest-waiting customer of the first queue in that order that has one: the group is
 * one line for all its units with non-preemptive priority classes, the queues. Groups
 * whose pools call the queues in different orders, or not all of them, keep the
 * lending estimate (lending.ts) and the caveats `served-first` / `serves-first`; so do
 * pools whose units are told apart, that lend several units at once, or whose steps keep
 * their units to a later one (those are not lent).
 *
 * **A queue's wait.** With c the group's units in the stretch, σₖ the load of the queues
 * called up to and including the k-th over c (σ₀ = 0), and C the chance all c are busy
 * (Erlang C at the group's load; 1 when the group is overloaded), the k-th queue waits
 *   Wq,k ≈ C · (R₁ + R·(1/((1 − σ_{k−1})(1 − σₖ)) − 1))
 * (analysis/priority.ts, `priorityMgc`): R₁ the mean time to the first of c services in
 * progress to end, R = E[S]·(c_a² + c_s²)/(2c) the Allen–Cunneen share of each service
 * after it, with E[S], c_s² and c_a² those of all the group's customers together (R₁ is
 * scaled by (c_a² + 1)/2 as well). It is Cobham's M/M/c formula when the queues' services
 * are equal and exponential and the arrivals Poisson, Cobham's M/G/1 for one unit,
 * otherwise an approximation (`form`). A queue whose customers and those called
 * before them fill the units (σₖ ≥ 1) grows: its customers get the units the queues
 * before leave, c − c·σ_{k−1}, which is what the day's fluid (stretchQueue.ts) drains its
 * backlog with. Those called before it keep their settled waits (all units busy).
 *
 * **Who does the work.** Every unit of the group is about equally busy, min(1, load/c);
 * a pool's units do its own customers' work first and the rest is lent to (or, when its
 * own customers bring more, taken by) the other pools: `lent` and `helped` are the net
 * flows, what the estimates tab shows as help.
 */
import {
  firstDepartureMinutes,
  isSaturated,
  pooledPriorityWait,
  priorityMgcForm,
} from '../analysis/index.ts';
import type { PriorityForm } from '../analysis/index.ts';
import { type Lending, mergeDemands } from './lending.ts';
import type { CompiledModel } from './model.ts';
import { type StretchEstimate, type StretchInput, erlangC } from './stretchQueue.ts';

/** Pools that form one line with priority classes, in the order their queues are called. */
export interface PriorityGroup {
  pools: number[];
}

/** What a pool's result says of the group its queue is a class of. */
export interface PoolPriority {
  /** Which formula gives the class waits (analysis/priority.ts). */
  form: PriorityForm;
  /** 1 for the queue every unit calls first. */
  rank: number;
  /** The group's pool ids, first called first. */
  pools: string[];
  /** The group's units outside any schedule. */
  units: number;
}

/** The order a pool calls queues in: those it serves first, its own, those it also serves. */
function callOrder(model: CompiledModel, pool: number): number[] {
  const { servesFirst, alsoServes } = model.pools[pool]!;
  return [...servesFirst, pool, ...alsoServes];
}

/** Pools linked to `start` by `servesFirst` or `alsoServes`, either way. */
function linkedPools(model: CompiledModel, start: number): Set<number> {
  const seen = new Set([start]);
  const next = [start];
  while (next.length > 0) {
    const pool = next.pop()!;
    const callers = model.pools.flatMap((_, i) => (callOrder(model, i).includes(pool) ? [i] : []));
    for (const linked of [...callOrder(model, pool), ...callers]) {
      if (seen.has(linked)) continue;
      seen.add(linked);
      next.push(linked);
    }
  }
  return seen;
}

/**
 * The groups of pools that act as one line with priority classes (see the file comment).
 * `queues[step]`: the step's customers queue for its pool.
 */
export function priorityGroupsOf(
  model: CompiledModel,
  queues: readonly boolean[],
): PriorityGroup[] {
  const groups: PriorityGroup[] = [];
  const placed = new Set<number>();
  model.pools.forEach((pool, start) => {
    if (pool.servesFirst.length === 0 || placed.has(start)) return;
    const members = linkedPools(model, start);
    members.forEach((member) => placed.add(member));
    const order = callOrder(model, start);
    const sameOrder = [...members].every((member) => {
      const own = callOrder(model, member);
      return own.length === order.length && own.every((p, i) => p === order[i]);
    });
    const lendable = [...members].every((member) => {
      const { unitsTold, multiUnit } = model.pools[member]!;
      const steps = model.steps.filter((step) => step.pool === member && queues[step.index]);
      return !unitsTold && !multiUnit && steps.every((step) => step.lenders !== null);
    });
    if (sameOrder && order.length === members.size && lendable) groups.push({ pools: order });
  });
  return groups;
}

/** One cut of a group, queue by queue in its order: the stretch input and the net help. */
function groupCut(
  pools: readonly number[],
  own: readonly StretchInput[][],
  cut: number,
): { input: StretchInput; lent: number; helped: number }[] {
  const parts = pools.map((pool) => own[pool]![cut]!);
  const units = parts.reduce((sum, part) => sum + part.units, 0);
  const pooled = mergeDemands(parts.map((part) => part.demand));
  const busy = units > 0 ? Math.min(1, pooled.load / units) : 0;
  const lent = parts.map((part) => Math.max(0, busy * part.units - part.demand.load));
  const helped = parts.map((part) => Math.max(0, part.demand.load - busy * part.units));
  // Overloaded, the pools short of units are helped only with what the others spare.
  const given = lent.reduce((sum, x) => sum + x, 0);
  const wanted = helped.reduce((sum, x) => sum + x, 0);
  if (wanted > given) helped.forEach((x, i) => (helped[i] = (x * given) / wanted));
  let above = 0;
  return parts.map((part, rank) => {
    const { demand } = part;
    const input: StretchInput = {
      from: part.from,
      to: part.to,
      demand,
      units: Math.max(0, units - above),
      threshold: null,
      priority: { units, above, pooled },
      // What its own units are asked to do: its customers' work, less the help, plus lent.
      shown: {
        arrivals: demand.arrivals,
        units: part.units,
        load: demand.load - helped[rank]! + lent[rank]!,
      },
    };
    above += demand.load;
    return { input, lent: lent[rank]!, helped: helped[rank]! };
  });
}

/**
 * Which formula a group's waits come from: exact Cobham where every stretch has Poisson
 * arrivals and either one unit or equal exponential services, else the approximation.
 */
function groupForm(pools: readonly number[], own: readonly StretchInput[][]): PriorityForm {
  const inputs = pools.flatMap((pool) => own[pool]!);
  const arriving = inputs.filter((input) => input.demand.arrivals > 0);
  if (arriving.some((input) => input.demand.arrivalScv !== 1)) return 'mgc-approximation';
  const cuts = own[pools[0]!]!.map((_, cut) =>
    pools.reduce((sum, pool) => sum + own[pool]![cut]!.units, 0),
  );
  const services = arriving.map(({ demand }) => {
    const mean = demand.meanService ?? 0;
    return { mean, variance: mean * mean * demand.serviceScv };
  });
  return priorityMgcForm(cuts.every((units) => units === 1) ? 1 : 2, services);
}

/**
 * The lending estimate with every priority group's pools replaced: per cut, each queue's
 * own demand with the group's line in `priority`, the units the queues before it leave
 * as its `units`, its own units and their work as `shown`, and the net help.
 * `own[pool][cut]` are the pools' own stretches (dayStretches.ts, cutInputs).
 */
export function withPriorityGroups(
  model: CompiledModel,
  groups: readonly PriorityGroup[],
  own: readonly StretchInput[][],
  lending: Lending,
): { lending: Lending; priority: (PoolPriority | null)[] } {
  const priority: (PoolPriority | null)[] = model.pools.map(() => null);
  const inputs = lending.inputs.map((pool) => pool.slice());
  const lent = lending.lent.map((pool) => pool.slice());
  const helped = lending.helped.map((pool) => pool.slice());
  for (const { pools } of groups) {
    own[0]?.forEach((_, cut) =>
      groupCut(pools, own, cut).forEach((queue, rank) => {
        const pool = pools[rank]!;
        inputs[pool]![cut] = queue.input;
        lent[pool]![cut] = queue.lent;
        helped[pool]![cut] = queue.helped;
      }),
    );
    const form = groupForm(pools, own);
    const units = pools.reduce((sum, pool) => sum + model.pools[pool]!.baseCapacity, 0);
    const ids = pools.map((pool) => model.pools[pool]!.id);
    pools.forEach((pool, rank) => (priority[pool] = { form, rank: rank + 1, pools: ids, units }));
  }
  return { lending: { inputs, lent, helped }, priority };
}

/**
 * One queue's stretch in a priority group (the file comment's formula), or how fast it
 * grows when the queues called up to it fill the group's units.
 */
export function priorityStretch(input: StretchInput): StretchEstimate {
  const { from, to, demand, units } = input;
  const { units: pooledUnits, above, pooled } = input.priority!;
  const upTo = above + demand.load;
  const utilization = upTo === 0 ? 0 : pooledUnits > 0 ? upTo / pooledUnits : null;
  const base = { from, to, arrivalsPerMinute: demand.arrivals, units, offeredLoad: demand.load };
  if (utilization === null || isSaturated(utilization)) {
    const growth = demand.meanService ? (demand.arrivals - units / demand.meanService) * 60 : null;
    return {
      ...base,
      utilization,
      steady: false,
      meanWaitMinutes: null,
      waitProbability: null,
      growthPerHour: growth !== null && Number.isFinite(growth) ? growth : null,
    };
  }
  const mean = pooled.meanService ?? 0;
  if (demand.arrivals === 0 || mean === 0)
    return {
      ...base,
      utilization,
      steady: true,
      meanWaitMinutes: 0,
      waitProbability: 0,
      growthPerHour: null,
    };
  const allBusy = isSaturated(pooled.load / pooledUnits)
    ? 1
    : (erlangC(pooledUnits, pooled.arrivals, mean)?.probability ?? 1);
  const arrivalFactor = (pooled.arrivalScv + 1) / 2;
  const first = firstDepartureMinutes(pooledUnits, mean, pooled.serviceScv) * arrivalFactor;
  const residual = (mean * (pooled.arrivalScv + pooled.serviceScv)) / (2 * pooledUnits);
  return {
    ...base,
    utilization,
    steady: true,
    meanWaitMinutes: pooledPriorityWait(allBusy, first, residual, above / pooledUnits, utilization),
    waitProbability: allBusy,
    growthPerHour: null,
  };
}

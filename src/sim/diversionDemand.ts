/**
 * The pools' demand in a stretch of the day when flows are taken by a queue's length (the
 * lobby manager's diversion, a flow's `when`). A rule sends on a share of those who pass
 * its step, and that share depends on how long the line it reads is, which depends on
 * how many the rules send on: a fixed point, found by iterating from "nobody sent on".
 *
 * For a pool that rules read, its joins are split in two: the customers who pass a rule's
 * step and would then join the pool (the rule's stream: they join only while fewer than
 * its `atLeast` wait, and of those sent on, the share whose way on leads back to the pool
 * joins while the line is long: half of those offered the machine need the counter after
 * all), and the rest, who join whatever the line.
 * The pool is then the threshold queue of thresholdQueue.ts, with the pool's mean service
 * as an exponential's: the diverted share of each rule is the chance that its line is at
 * or over the threshold when a customer passes (PASTA). With that share the traffic
 * equations route the diverted to the rule's target (poolDemand.ts), which loads the
 * target's pool. Iterating from zero, every share can only grow while more sent on brings
 * more back, so the iteration climbs to the smallest fixed point.
 *
 * Approximations: the line is read when the customer leaves the rule's step, and taken as
 * the line they then join (steps between the two take time in the simulation); only a
 * customer's first join after the rule counts as the rule's stream (rework that sends
 * them back later joins whatever the line); those sent on who come back join at once,
 * while the line is as long as it was; the stream a rule sends on reaches its target
 * as a Poisson stream of the same rate, where it comes in bursts while the line is long
 * (the target's wait is then too low: 1.1 min against the chain's 4.6 for the lobby of
 * test/support/lobby.ts at 2 tellers, ρ = 1).
 */
import { type CompiledModel, failChanceOf } from './model.ts';
import { arrivalRate, attemptsPerVisit, classSharesOf, visitsPerArrival } from './offeredLoad.ts';
import { type DemandBasis, type PoolDemand, poolDemands } from './poolDemand.ts';
import { type ThresholdQueue, thresholdQueue } from './thresholdQueue.ts';

export interface DivertedDemand {
  /** Every pool's demand with the rules' shares sent on. */
  demands: PoolDemand[];
  /** Per diversion (its counter): the share of those passing its step that it sends on. */
  shares: Float64Array;
  /** Per diversion: customers passing its step per minute (the rule's checks). */
  checks: Float64Array;
  /** Per pool: its threshold queue when rules read it, else null. */
  queues: (ThresholdQueue | null)[];
}

const MAX_ITERATIONS = 1000;
const TOLERANCE = 1e-10;

/**
 * The threshold of the exponential chain that stands for a line of other arrivals and
 * services. In heavy traffic a G/G/c line is a reflected diffusion whose length scales
 * with v = (c_a² + c_s²)/2 (the factor Allen–Cunneen puts on Erlang C's wait, which
 * stretchQueue.ts puts on the chain's wait): a line of N is one of N/v in the chain.
 * Steady services (a teller's span of several steps, c_s² near 0.3) keep the line short,
 * so fewer are sent on than the chain at N says (the deposit redesign's lobby rule: 7 %
 * estimated at N against 3 % measured). Never below one waiting: the rule reads a line.
 */
function scaledThreshold(atLeast: number, demand: PoolDemand): number {
  const variability = (demand.arrivalScv + demand.serviceScv) / 2;
  return variability > 0 ? Math.max(1, atLeast / variability) : atLeast;
}

/** Per diversion counter: the pool whose line it reads (-1 if no route uses it). */
export function rulePools(model: CompiledModel): Int32Array {
  const pools = new Int32Array(model.diversions.length).fill(-1);
  for (const step of model.steps)
    for (const route of step.routes)
      if (route.divert) pools[route.divert.counter] = route.divert.pool;
  return pools;
}

/**
 * Per diversion: customers passing its step per minute, and of them those who would join
 * the pool it reads next if not sent on (at most one join each).
 */
function ruleStreams(
  basis: DemandBasis,
  model: CompiledModel,
  pools: Int32Array,
  shares: Float64Array,
): { checks: Float64Array; joins: Float64Array; comeBack: Float64Array } {
  const checks = new Float64Array(pools.length);
  const joins = new Float64Array(pools.length);
  const comeBack = new Float64Array(pools.length);
  /** Joins of `pool`'s line, at most one, by a class going on from step `target`. */
  const joinsFrom = (target: number, classIndex: number, pool: number): number => {
    let total = 0;
    visitsPerArrival(model, classIndex, target, -1, shares).forEach((v, s) => {
      if (basis.queues[s] && model.steps[s]!.pool === pool) total += v;
    });
    return Math.min(1, total);
  };
  /** The same for the step's other branches, by their chances. */
  const joinsOnward = (step: number, classIndex: number, pool: number): number => {
    const route = model.steps[step]!.routes[classIndex]!;
    let total = 0;
    let previous = 0;
    route.targets.forEach((target, k) => {
      const chance = route.cumulative[k]! - previous;
      previous = route.cumulative[k]!;
      if (chance > 0) total += chance * joinsFrom(target, classIndex, pool);
    });
    return total;
  };
  model.streams.forEach((stream, streamIndex) => {
    const rate = arrivalRate(model, streamIndex);
    if (rate === 0) return;
    for (const { classIndex, share } of classSharesOf(stream)) {
      if (share <= 0) continue;
      const visits = visitsPerArrival(model, classIndex, stream.entry, -1, shares);
      model.steps.forEach((step, s) => {
        const divert = step.routes[classIndex]?.divert;
        if (!divert || visits[s] === 0) return;
        const { success } = attemptsPerVisit(
          failChanceOf(step, classIndex),
          step.onFailure,
          step.maxRetries,
        );
        const passing = rate * share * visits[s]! * success;
        const pool = pools[divert.counter]!;
        checks[divert.counter]! += passing;
        joins[divert.counter]! += passing * joinsOnward(s, classIndex, pool);
        comeBack[divert.counter]! += passing * joinsFrom(divert.target, classIndex, pool);
      });
    }
  });
  // Per rule: of those it sends on, the share who join all the same.
  joins.forEach((rate, k) => (comeBack[k] = rate > 0 ? Math.min(1, comeBack[k]! / rate) : 0));
  return { checks, joins, comeBack };
}

/**
 * The demand of the customers arriving between clock minutes `from` and `to`, a stretch
 * in which `units[pool]` units serve, with the rules' shares at their fixed point.
 */
export function divertedDemand(
  basis: DemandBasis,
  from: number,
  to: number,
  units: readonly number[],
): DivertedDemand {
  const base = basis.model;
  const model: CompiledModel = {
    ...base,
    window: { ...base.window, start: from, arrivalsEnd: to },
  };
  const pools = rulePools(model);
  let shares: Float64Array = new Float64Array(pools.length);
  let queues: (ThresholdQueue | null)[] = model.pools.map(() => null);
  let checks: Float64Array = new Float64Array(pools.length);
  if (pools.length === 0) return { demands: poolDemands(basis, from, to), shares, checks, queues };
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const demands = poolDemands(basis, from, to, shares);
    const streams = ruleStreams(basis, model, pools, shares);
    checks = streams.checks;
    const next: Float64Array = new Float64Array(pools.length);
    queues = model.pools.map((_, pool) => {
      const rules = [...pools.keys()].filter((k) => pools[k] === pool && streams.joins[k]! > 0);
      const demand = demands[pool]!;
      if (rules.length === 0 || !demand.meanService) return null;
      let always = demand.arrivals;
      for (const k of rules) {
        const sent = shares[k]!;
        always -= streams.joins[k]! * (1 - sent + sent * streams.comeBack[k]!);
      }
      const queue = thresholdQueue({
        servers: Math.round(units[pool]!),
        meanService: demand.meanService,
        always: Math.max(0, always),
        streams: rules.map((k) => ({
          rate: streams.joins[k]!,
          atLeast: scaledThreshold(model.diversions[k]!.atLeast, demand),
          comesBack: streams.comeBack[k]!,
        })),
      });
      rules.forEach((k, i) => (next[k] = queue.diverted[i]!));
      return queue;
    });
    let change = 0;
    next.forEach((share, k) => (change = Math.max(change, Math.abs(share - shares[k]!))));
    shares = next;
    if (change < TOLERANCE) break;
  }
  return { demands: poolDemands(basis, from, to, shares), shares, checks, queues };
}

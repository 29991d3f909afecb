/**
 * Instant estimates per resource pool, without simulating: the hints the editor shows
 * live while a blueprint is drawn. The day is cut into stretches at every change of an
 * arrival rate or a schedule; in each, the customers arriving then bring a demand to each
 * pool (poolDemand.ts: the traffic equations on the compiled model, a held span counted
 * as one service) and the pool has the units its schedule gives it then. Each stretch
 * gets a settled M/G/c wait or, when the work exceeds the units, how fast the queue
 * grows; the day's figure follows the backlog through the day (stretchQueue.ts). A pool
 * whose line a diversion reads is a threshold queue in each stretch, and the share it
 * sends on loads the target (diversionDemand.ts); each rule's share, the work it brings to
 * its target and what to beware of are said apart (diversionEstimate.ts).
 * Capacity over the day is averaged the way the simulator's own stability check
 * averages it (over opening hours in a business day, over the day in a steady run).
 * The parts: the stretches and the peak (dayStretches.ts), capacity and the fewest units
 * (fewestUnits.ts), giving up (estimateAbandonment.ts), the result's types
 * (estimateTypes.ts).
 */
import { isSaturated } from '../analysis/index.ts';
import { type Blueprint, formatFinding, loadBlueprintValue } from '../model/index.ts';
import { type BatchEstimate, type BatchInputs, batchEstimates } from './batchEstimate.ts';
import { capacityAt } from './capacity.ts';
import { SimulationError, compile } from './compile.ts';
import { cutInputs, joinLookAlike, peakOf, stretches } from './dayStretches.ts';
import { type DivertedDemand, divertedDemand } from './diversionDemand.ts';
import { dayShares, diversionEstimates } from './diversionEstimate.ts';
import { abandonmentAt, abandonmentOf, notExponentialPatience } from './estimateAbandonment.ts';
import { estimateCaveats, stepsReached } from './estimateCaveats.ts';
import type { DiversionEstimate, PoolEstimate, PoolEstimates } from './estimateTypes.ts';
import { fewestStableUnits, meanCapacity } from './fewestUnits.ts';
import { averageCapacity } from './offeredLoad.ts';
import { lenderStretch, lendingOf, shownStretch } from './lending.ts';
import type { CompiledModel } from './model.ts';
import { type DemandBasis, type PoolDemand, demandBasis, poolDemands } from './poolDemand.ts';
import { priorityGroupsOf, priorityStretch, withPriorityGroups } from './priorityPooling.ts';
import { poolHoursEnd } from './stats/collector.ts';
import { type DayWait, estimateDayWait, estimateStretch } from './stretchQueue.ts';

export type {
  DiversionEstimate,
  PeakEstimate,
  PoolEstimate,
  PoolEstimates,
} from './estimateTypes.ts';

const DAY = 1440;

/**
 * The compiler lists every booked customer one by one, so a slot "count" typed with a few
 * zeros too many would take gigabytes; no branch books more than this in a day.
 */
const MAX_BOOKINGS = 1_000_000;

function hasArrivals(blueprint: Blueprint): boolean {
  return (
    blueprint.arrivals !== undefined ||
    (blueprint.classes ?? []).some((customerClass) => customerClass.arrivals !== undefined)
  );
}

/**
 * The whole window's demand: with diversions, each sends on its share over the stretches,
 * weighted by how many pass its step in each (so the day's count sent on is the stretches').
 */
function dayDemand(
  basis: DemandBasis,
  cuts: readonly [number, number][],
  diverted: readonly DivertedDemand[],
): PoolDemand[] {
  const { start, arrivalsEnd } = basis.model.window;
  if (basis.model.diversions.length === 0) return poolDemands(basis, start, arrivalsEnd);
  return poolDemands(basis, start, arrivalsEnd, dayShares(basis.model, cuts, diverted).shares);
}

/**
 * What the batch steps need (batchEstimate.ts): the cuts, the diversions' shares, the
 * customers' load per pool and cut, and the share of items still there: a customer who
 * gave up in a line before the batch step leaves no item (the product of the served
 * shares of the pools whose lines lead there).
 */
function batchInputs(
  blueprint: Blueprint,
  basis: DemandBasis,
  cuts: readonly [number, number][],
  diverted: readonly DivertedDemand[],
  waits: readonly DayWait[],
): BatchInputs {
  const { model, queues } = basis;
  const before = model.steps.map(() => new Set<number>());
  for (const step of model.steps)
    if (queues[step.index])
      for (const reached of stepsReached(model, step.index)) before[reached]!.add(step.pool);
  return {
    basis,
    cuts,
    labels: model.steps.map(
      (step) => blueprint.steps.find((s) => s.id === step.id)?.label ?? step.id,
    ),
    shares: diverted.map((cut) => (model.diversions.length > 0 ? cut.shares : null)),
    customerLoad: model.pools.map((_, i) =>
      Float64Array.from(diverted, (cut) => cut.demands[i]!.load),
    ),
    reaching: (s) =>
      [...before[s]!].reduce((share, pool) => share * (waits[pool]!.servedShare ?? 1), 1),
  };
}

/**
 * A pool's figures with its batch steps' work added: their items to its arrivals and
 * load, their waits to its mean wait (by count) and, in a business day, the work done in
 * the pool's hours to its utilisation over those hours, as a run measures it.
 */
function withBatches(
  model: CompiledModel,
  poolIndex: number,
  batches: readonly BatchEstimate[],
  span: number,
  own: { arrivals: number; load: number; busy: number; wait: DayWait },
): {
  arrivals: number;
  load: number;
  utilization: number | null;
  wait: DayWait;
} {
  if (batches.length === 0) return { ...own, utilization: null };
  const { mode, start, arrivalsEnd } = model.window;
  const items = batches.reduce((sum, b) => sum + b.items, 0);
  const work = batches.reduce((sum, b) => sum + b.workMinutes, 0);
  const customers = own.arrivals * span;
  const count = customers + items;
  const waited = batches.reduce((sum, b) => sum + b.items * (b.meanWaitMinutes ?? NaN), 0);
  const ownWaited = customers > 0 ? customers * (own.wait.meanWaitMinutes ?? NaN) : 0;
  const mean = count > 0 ? (ownWaited + waited) / count : 0;
  const wait: DayWait = Number.isFinite(mean)
    ? { meanWaitMinutes: mean, reason: null }
    : { meanWaitMinutes: null, reason: own.wait.reason ?? 'no-capacity' };
  let busyMinutes = own.busy * span;
  let hours = span;
  if (mode === 'day') {
    busyMinutes = own.busy * (arrivalsEnd - start);
    busyMinutes += batches.reduce((sum, b) => sum + b.workInHours, 0);
    hours = poolHoursEnd(model, poolIndex) - start;
  } else busyMinutes += work;
  const available =
    mode === 'day'
      ? averageCapacity(model, poolIndex, start, start + hours) * hours
      : meanCapacity(model, poolIndex) * span;
  return {
    arrivals: own.arrivals + (span > 0 ? items / span : 0),
    load: own.load + (span > 0 ? work / span : 0),
    utilization: busyMinutes === 0 ? 0 : available > 0 ? busyMinutes / available : null,
    wait,
  };
}

function estimateFromModel(
  blueprint: Blueprint,
  model: CompiledModel,
): { pools: PoolEstimate[]; diversions: DiversionEstimate[] } {
  const basis = demandBasis(model, blueprint);
  const { mode } = model.window;
  const cuts = stretches(model).filter(([from, to]) => to > from);
  const diverted = cuts.map(([from, to]) =>
    divertedDemand(
      basis,
      from,
      to,
      model.pools.map((pool) => capacityAt(pool.baseCapacity, pool.changes, from)),
    ),
  );
  const day = dayDemand(basis, cuts, diverted);
  const abandonment = abandonmentOf(blueprint, model);
  const own = model.pools.map((_, i) => cutInputs(model, i, cuts, diverted));
  const { lending, priority } = withPriorityGroups(
    model,
    priorityGroupsOf(model, basis.queues),
    own,
    lendingOf(model, basis.queues, own),
  );
  const inputs = lending.inputs.map(joinLookAlike);
  const settled = inputs.map((pool) =>
    pool.map((input) =>
      input.priority
        ? priorityStretch(input)
        : input.lent
          ? lenderStretch(input)
          : estimateStretch(input),
    ),
  );
  const shown = settled.map((pool, i) => pool.map((s, k) => shownStretch(inputs[i]![k]!, s)));
  const caveats = estimateCaveats(
    model,
    basis.queues,
    day,
    shown,
    notExponentialPatience(blueprint, model),
    priority,
  );
  const span = cuts.reduce((sum, [from, to]) => sum + (to - from), 0);
  const dayMean = (perCut: Float64Array): number =>
    span > 0 ? perCut.reduce((sum, x, k) => sum + x * (cuts[k]![1] - cuts[k]![0]), 0) / span : 0;
  const waits = model.pools.map((_, i) =>
    estimateDayWait(mode, inputs[i]!, settled[i]!, abandonmentAt(model, i, abandonment)),
  );
  const batchBasis = batchInputs(blueprint, basis, cuts, diverted, waits);
  const pools = model.pools.map((pool, i): PoolEstimate => {
    const { load, arrivals } = day[i]!;
    const capacity = meanCapacity(model, i);
    const lentLoad = dayMean(lending.lent[i]!);
    const helpedLoad = Math.min(load, dayMean(lending.helped[i]!));
    // The work its own customers leave to its own units, and all it does (lent work too).
    const ownUnitsLoad = load - helpedLoad;
    const busy = ownUnitsLoad + lentLoad;
    const batches = batchEstimates(model, batchBasis, i);
    const all = withBatches(model, i, batches, span, { arrivals, load, busy, wait: waits[i]! });
    const batchWork = batches.some((b) => b.workMinutes > 0);
    const fewest = fewestStableUnits(model, i, ownUnitsLoad);
    const utilization =
      batches.length > 0 ? all.utilization : busy === 0 ? 0 : capacity > 0 ? busy / capacity : null;
    return {
      id: pool.id,
      label: blueprint.resources?.[i]?.label ?? pool.id,
      units: pool.baseCapacity,
      offeredLoad: all.load,
      lentLoad,
      helpedLoad,
      capacity,
      utilization,
      overloaded: capacity > 0 ? isSaturated(ownUnitsLoad / capacity) : ownUnitsLoad > 0,
      arrivalsPerMinute: all.arrivals,
      meanServiceMinutes: all.arrivals > 0 ? all.load / all.arrivals : null,
      meanWaitMinutes: all.wait.meanWaitMinutes,
      waitReason: all.wait.reason,
      caveats: caveats[i]!,
      stretches: shown[i]!,
      minimumUnits: batchWork && fewest !== null ? Math.max(1, fewest) : fewest,
      peak: peakOf(mode, shown[i]!, utilization),
      batches,
      priority: priority[i]!,
    };
  });
  const { renegeRate } = abandonment;
  const stepLabels = batchBasis.labels;
  return {
    pools,
    diversions: diversionEstimates({ basis, cuts, diverted, pools, renegeRate, stepLabels }),
  };
}

function bookedCustomers(blueprint: Blueprint): number {
  let total = 0;
  for (const arrivals of [
    blueprint.arrivals,
    ...(blueprint.classes ?? []).map((c) => c.arrivals),
  ]) {
    if (arrivals?.type !== 'appointments') continue;
    for (const slot of arrivals.slots) total += slot.count ?? 1;
  }
  return total;
}

/**
 * A steady run's long-run averages are those of one 24-hour cycle (schedules and profiles
 * repeat daily), so the estimate looks at one day from 00:00. This also keeps the work
 * bounded: averaging over a horizon of 10^300 minutes day by day would never end.
 */
function longRunDay(blueprint: Blueprint): Blueprint {
  const run = blueprint.run;
  return run?.mode === 'steady'
    ? { ...blueprint, run: { ...run, horizon: DAY, warmup: 0 } }
    : blueprint;
}

/**
 * Estimates every pool of a blueprint. Never throws: a drawing without arrivals gives no
 * pools, and a blueprint that cannot be run gives `{ ok: false, reason }`.
 */
export function estimatePools(blueprint: Blueprint): PoolEstimates {
  try {
    if (!hasArrivals(blueprint))
      return { ok: true, mode: blueprint.run?.mode ?? 'day', pools: [], diversions: [] };
    // The compiler trusts its input to have passed the checks, so check first.
    const checked = loadBlueprintValue(blueprint);
    if (!checked.ok) return { ok: false, reason: checked.findings.map(formatFinding)[0] ?? '' };
    const error = checked.findings.find((finding) => finding.severity === 'error');
    if (error) return { ok: false, reason: formatFinding(error) };
    const booked = bookedCustomers(checked.blueprint);
    if (booked > MAX_BOOKINGS)
      return { ok: false, reason: `${booked} booked appointments are more than a day can hold` };
    const model = compile(longRunDay(checked.blueprint));
    return { ok: true, mode: model.window.mode, ...estimateFromModel(checked.blueprint, model) };
  } catch (error) {
    if (error instanceof SimulationError) return { ok: false, reason: error.message };
    return {
      ok: false,
      reason: `the estimate failed (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

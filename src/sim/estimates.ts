/**
 * Instant estimates per resource pool, without simulating: the hints the editor shows
 * live while a blueprint is drawn. The day is cut into stretches at every change of an
 * arrival rate or a schedule; in each, the customers arriving then bring a demand to each
 * pool (poolDemand.ts: the traffic equations on the compiled model, a held span counted
 * as one service) and the pool has the units its schedule gives it then. Each stretch
 * gets a settled M/G/c wait or, when the work exceeds the units, how fast the queue
 * grows; the day's figure follows the backlog through the day (stretchQueue.ts). A pool
 * whose line a diversion reads is a threshold queue in each stretch, and the share it
 * sends on loads the target (diversionDemand.ts).
 * Capacity over the day is averaged the way the simulator's own stability check
 * averages it (over opening hours in a business day, over the day in a steady run).
 */
import { distributionMoments, isSaturated } from '../analysis/index.ts';
import { type Blueprint, type Text, formatFinding, loadBlueprintValue } from '../model/index.ts';
import { capacityAt } from './capacity.ts';
import { SimulationError, compile } from './compile.ts';
import type { CompiledModel, CompiledPool } from './model.ts';
import { averageCapacity } from './offeredLoad.ts';
import { type EstimateCaveat, estimateCaveats } from './estimateCaveats.ts';
import { type DemandBasis, type PoolDemand, demandBasis, poolDemands } from './poolDemand.ts';
import { type DivertedDemand, divertedDemand } from './diversionDemand.ts';
import type { ThresholdQueue } from './thresholdQueue.ts';
import {
  type Abandonment,
  type DayWaitReason,
  type StretchEstimate,
  type StretchInput,
  estimateDayWait,
  estimateStretch,
} from './stretchQueue.ts';

/** What the estimate says about one resource pool. Times in minutes, loads in Erlangs. */
export interface PoolEstimate {
  id: string;
  label: Text;
  /** The pool's units outside any schedule period: what a what-if sets. */
  units: number;
  /** Mean busy units the work needs over opening hours (a steady run: over a day). */
  offeredLoad: number;
  /** Mean units available: over opening hours in a business day, over a day in a steady run. */
  capacity: number;
  /** offeredLoad / capacity; null when work arrives and the pool never has a unit. */
  utilization: number | null;
  /** Utilisation at or above 1 (or no capacity for arriving work): the queue grows all day. */
  overloaded: boolean;
  /** Customers joining the pool's line per minute (steps inside a held span do not queue). */
  arrivalsPerMinute: number;
  /** Mean unit-minutes of work per arrival (a held span is one service); null when nothing arrives. */
  meanServiceMinutes: number | null;
  /**
   * The day's figure: the mean wait of the customers served, what a run reports for the
   * pool (stretchQueue.ts: settled M/G/c waits where the pool keeps up, a fluid backlog
   * where it does not); null with `waitReason`.
   */
  meanWaitMinutes: number | null;
  waitReason: DayWaitReason | null;
  /** Effects the figure leaves out that are large for this pool (estimateCaveats.ts). */
  caveats: EstimateCaveat[];
  /** The day stretch by stretch: between changes of an arrival rate or of the pool's units. */
  stretches: StretchEstimate[];
  /**
   * The fewest units (schedule periods shifted by the same difference, as a what-if
   * does) that keep utilisation below 1 over the day; null when no number of units can.
   */
  minimumUnits: number | null;
  /**
   * Business days only: the busiest stretch, when it is clearly busier than the day's
   * average (a lunch peak with a teller at lunch); null otherwise.
   */
  peak: PeakEstimate | null;
}

/** The pool in its busiest stretch of opening hours. */
export interface PeakEstimate {
  /** Clock minutes after midnight. */
  from: number;
  to: number;
  /** Offered load in that stretch over the units there; null when there are none. */
  utilization: number | null;
  overloaded: boolean;
  /** Units there, and the fewest that keep up in that stretch. */
  units: number;
  unitsNeeded: number | null;
}

export type PoolEstimates =
  | { ok: true; mode: 'day' | 'steady'; pools: PoolEstimate[] }
  /** The blueprint cannot be run as it is; `reason` is the checker's or compiler's message. */
  | { ok: false; reason: string };

const DAY = 1440;

/**
 * The compiler lists every booked customer one by one, so a slot "count" typed with a few
 * zeros too many would take gigabytes; no branch books more than this in a day.
 */
const MAX_BOOKINGS = 1_000_000;

/** A busiest stretch is reported when it is this much busier than the day (5 points). */
const PEAK_MARGIN = 0.05;

/** Above this many Erlangs a "fewest units" answer means nothing (a typo in a rate). */
const LARGEST_USEFUL_LOAD = 1e6;

function hasArrivals(blueprint: Blueprint): boolean {
  return (
    blueprint.arrivals !== undefined ||
    (blueprint.classes ?? []).some((customerClass) => customerClass.arrivals !== undefined)
  );
}

/** The pool with `units` outside its schedule, every period shifted by the same difference. */
function withUnits(pool: CompiledPool, units: number): CompiledPool {
  const difference = units - pool.baseCapacity;
  return {
    ...pool,
    baseCapacity: units,
    changes: pool.changes.map((change) => ({
      minute: change.minute,
      capacity: Math.max(0, change.capacity + difference),
    })),
  };
}

/** Mean capacity the stability check uses: opening hours of a day, or a whole day when steady. */
function meanCapacity(model: CompiledModel, poolIndex: number): number {
  const { window } = model;
  return window.mode === 'steady'
    ? averageCapacity(model, poolIndex)
    : averageCapacity(model, poolIndex, window.start, window.arrivalsEnd);
}

function capacityWithUnits(model: CompiledModel, poolIndex: number, units: number): number {
  const pools = model.pools.slice();
  pools[poolIndex] = withUnits(model.pools[poolIndex]!, units);
  return meanCapacity({ ...model, pools }, poolIndex);
}

/**
 * The fewest units that keep the pool below saturation. Capacity grows with the units, so
 * a binary search works; `high` is enough because shifting can lower capacity by at most
 * the deepest dip of the schedule below the base.
 */
function fewestStableUnits(model: CompiledModel, poolIndex: number, load: number): number | null {
  if (load === 0) return 0;
  if (!Number.isFinite(load) || load > LARGEST_USEFUL_LOAD) return null;
  const pool = model.pools[poolIndex]!;
  const deepestDip = Math.max(
    0,
    ...pool.changes.map((change) => pool.baseCapacity - change.capacity),
  );
  let low = 1;
  let high = Math.floor(load) + 1 + deepestDip;
  const stable = (units: number): boolean => {
    const capacity = capacityWithUnits(model, poolIndex, units);
    return capacity > 0 && !isSaturated(load / capacity);
  };
  if (!stable(high)) return null; // opening hours with no capacity at all, whatever the units
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (stable(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The stretches of opening hours within which nothing changes: cut at every rate period's
 * start and end and every schedule change. Appointments have no rate to cut at; their
 * bookings fall in whatever stretch holds them.
 */
function stretches(model: CompiledModel): [number, number][] {
  const { start, arrivalsEnd } = model.window;
  const cuts = new Set<number>([start, arrivalsEnd]);
  for (const stream of model.streams)
    if (stream.shape.kind === 'rate')
      for (const period of stream.shape.periods) cuts.add(period.from).add(period.to);
  for (const pool of model.pools) for (const change of pool.changes) cuts.add(change.minute);
  const inside = [...cuts].filter((t) => t >= start && t <= arrivalsEnd).sort((a, b) => a - b);
  return inside.slice(1).map((to, i) => [inside[i]!, to]);
}

/**
 * A pool's stretches: the model's, with neighbours that look the same to this pool (same
 * units, same demand) joined, so that a pool nothing changes for reads as one stretch.
 */
function poolStretches(
  model: CompiledModel,
  poolIndex: number,
  cuts: readonly [number, number][],
  diverted: readonly DivertedDemand[],
): StretchInput[] {
  const pool = model.pools[poolIndex]!;
  const joined: StretchInput[] = [];
  cuts.forEach(([from, to], i) => {
    const demand = diverted[i]!.demands[poolIndex]!;
    const threshold: ThresholdQueue | null = diverted[i]!.queues[poolIndex]!;
    const units = capacityAt(pool.baseCapacity, pool.changes, from);
    const last = joined[joined.length - 1];
    const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    if (
      last &&
      last.units === units &&
      same(last.demand.arrivals, demand.arrivals) &&
      same(last.demand.load, demand.load) &&
      same(last.demand.serviceScv, demand.serviceScv)
    )
      joined[joined.length - 1] = { ...last, to };
    else joined.push({ from, to, demand, units, threshold });
  });
  return joined;
}

/**
 * The busiest stretch of a business day, when it is clearly busier than the day: a queue
 * at noon feels like that stretch lasting when the stretch is long against the services.
 */
function peakOf(
  mode: 'day' | 'steady',
  stretches: readonly StretchEstimate[],
  dayUtilization: number | null,
): PeakEstimate | null {
  if (mode !== 'day' || dayUtilization === null) return null;
  let best: StretchEstimate | null = null;
  for (const stretch of stretches) {
    if (stretch.offeredLoad === 0 || stretch.to - stretch.from < 1) continue;
    const busier =
      !best ||
      (stretch.utilization === null
        ? best.utilization !== null
        : best.utilization !== null && stretch.utilization > best.utilization);
    if (busier) best = stretch;
  }
  if (!best) return null;
  if (best.utilization !== null && best.utilization < dayUtilization + PEAK_MARGIN) return null;
  const load = best.offeredLoad;
  return {
    from: best.from,
    to: best.to,
    utilization: best.utilization,
    overloaded: !best.steady,
    units: best.units,
    unitsNeeded: Number.isFinite(load) && load <= LARGEST_USEFUL_LOAD ? Math.floor(load) + 1 : null,
  };
}

/** Per class: the rate of giving up (1/mean patience) and the queue length that turns it away. */
function abandonmentOf(blueprint: Blueprint, model: CompiledModel): Abandonment {
  const patience = new Map((blueprint.classes ?? []).map((c) => [c.id, c.patience]));
  return {
    renegeRate: Float64Array.from(model.classes, (customerClass) => {
      const distribution = patience.get(customerClass.id);
      const mean = distribution ? distributionMoments(distribution).mean : Infinity;
      return mean > 0 ? 1 / mean : 0;
    }),
    balkAt: Float64Array.from(model.classes, (customerClass) => customerClass.balkAt),
  };
}

/**
 * The abandonment at one pool: none where every step that needs the pool goes on without
 * the customer (`customerPresent: false`, a file in a back-office queue). A pool shared by
 * steps with and without the customer keeps the classes' patience: an approximation.
 */
function abandonmentAt(model: CompiledModel, pool: number, classes: Abandonment): Abandonment {
  const steps = model.steps.filter((step) => step.pool === pool);
  if (steps.length === 0 || steps.some((step) => !step.customerAbsent)) return classes;
  return {
    renegeRate: new Float64Array(model.classes.length),
    balkAt: new Float64Array(model.classes.length).fill(Infinity),
  };
}

/** Per class: it gives up by a patience other than the exponential the stretches assume. */
function notExponentialPatience(blueprint: Blueprint, model: CompiledModel): boolean[] {
  const patience = new Map((blueprint.classes ?? []).map((c) => [c.id, c.patience]));
  return model.classes.map((customerClass) => {
    const distribution = patience.get(customerClass.id);
    return distribution !== undefined && distribution.type !== 'exponential';
  });
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
  const rules = basis.model.diversions.length;
  if (rules === 0) return poolDemands(basis, start, arrivalsEnd);
  const sent = new Float64Array(rules);
  const passed = new Float64Array(rules);
  cuts.forEach(([from, to], i) => {
    const { checks, shares } = diverted[i]!;
    for (let k = 0; k < rules; k++) {
      passed[k]! += checks[k]! * (to - from);
      sent[k]! += checks[k]! * shares[k]! * (to - from);
    }
  });
  const shares = sent.map((x, k) => (passed[k]! > 0 ? x / passed[k]! : 0));
  return poolDemands(basis, start, arrivalsEnd, shares);
}

function estimateFromModel(blueprint: Blueprint, model: CompiledModel): PoolEstimate[] {
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
  const inputs = model.pools.map((_, i) => poolStretches(model, i, cuts, diverted));
  const stretchEstimates = inputs.map((pool) => pool.map(estimateStretch));
  const caveats = estimateCaveats(
    model,
    basis.queues,
    day,
    stretchEstimates,
    notExponentialPatience(blueprint, model),
  );
  return model.pools.map((pool, i): PoolEstimate => {
    const { load, arrivals, meanService } = day[i]!;
    const capacity = meanCapacity(model, i);
    const utilization = load === 0 ? 0 : capacity > 0 ? load / capacity : null;
    const wait = estimateDayWait(
      mode,
      inputs[i]!,
      stretchEstimates[i]!,
      abandonmentAt(model, i, abandonment),
    );
    return {
      id: pool.id,
      label: blueprint.resources?.[i]?.label ?? pool.id,
      units: pool.baseCapacity,
      offeredLoad: load,
      capacity,
      utilization,
      overloaded: utilization === null || isSaturated(utilization),
      arrivalsPerMinute: arrivals,
      meanServiceMinutes: meanService,
      meanWaitMinutes: wait.meanWaitMinutes,
      waitReason: wait.reason,
      caveats: caveats[i]!,
      stretches: stretchEstimates[i]!,
      minimumUnits: fewestStableUnits(model, i, load),
      peak: peakOf(mode, stretchEstimates[i]!, utilization),
    };
  });
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
    if (!hasArrivals(blueprint)) return { ok: true, mode: blueprint.run?.mode ?? 'day', pools: [] };
    // The compiler trusts its input to have passed the checks, so check first.
    const checked = loadBlueprintValue(blueprint);
    if (!checked.ok) return { ok: false, reason: checked.findings.map(formatFinding)[0] ?? '' };
    const error = checked.findings.find((finding) => finding.severity === 'error');
    if (error) return { ok: false, reason: formatFinding(error) };
    const booked = bookedCustomers(checked.blueprint);
    if (booked > MAX_BOOKINGS)
      return { ok: false, reason: `${booked} booked appointments are more than a day can hold` };
    const model = compile(longRunDay(checked.blueprint));
    return {
      ok: true,
      mode: model.window.mode,
      pools: estimateFromModel(checked.blueprint, model),
    };
  } catch (error) {
    if (error instanceof SimulationError) return { ok: false, reason: error.message };
    return {
      ok: false,
      reason: `the estimate failed (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/**
 * Instant estimates per resource pool, without simulating: the hints the editor shows
 * live while a blueprint is drawn. Offered load comes from the traffic equations on the
 * compiled model (offeredLoad.ts), capacity is averaged the way the simulator's own
 * stability check averages it (over opening hours in a business day, over the day in a
 * steady run), and the wait is Erlang C.
 *
 * The wait is an M/M/c approximation: the pool is treated as c = ⌊capacity⌋ identical
 * servers with Poisson arrivals and exponential service of the pool's mean service time.
 * It is exact for exactly that queue and only a hint otherwise (fixed or lognormal
 * durations, rate profiles, schedules, several steps or classes sharing a pool, customers
 * who give up, steps that hold the pool across several steps).
 */
import { type MmcResult, SATURATION_TOLERANCE, isSaturated, mmc } from '../analysis/index.ts';
import { type Blueprint, type Text, formatFinding, loadBlueprintValue } from '../model/index.ts';
import { SimulationError, compile } from './compile.ts';
import { Sampler } from './distributions.ts';
import type { CompiledModel, CompiledPool } from './model.ts';
import { averageCapacity, offeredLoad } from './offeredLoad.ts';

/** What the estimate says about one resource pool. Times in minutes, loads in Erlangs. */
export interface PoolEstimate {
  id: string;
  label: Text;
  /** The pool's units outside any schedule period: what a what-if sets. */
  units: number;
  /** Mean busy units the work needs (Erlangs). */
  offeredLoad: number;
  /** Mean units available: over opening hours in a business day, over a day in a steady run. */
  capacity: number;
  /** offeredLoad / capacity; null when work arrives and the pool never has a unit. */
  utilization: number | null;
  /** Utilisation at or above 1 (or no capacity for arriving work): the queue grows without limit. */
  overloaded: boolean;
  /** Customers joining the pool's line per minute (steps inside a held span do not queue). */
  arrivalsPerMinute: number;
  /**
   * Mean unit-minutes of work per arrival, weighted over the steps using the pool (a held
   * span counts as one service); null when nothing arrives.
   */
  meanServiceMinutes: number | null;
  /** c of the M/M/c approximation: whole units available on average. */
  servers: number;
  /** Erlang C: the chance an arrival waits at all; null when the M/M/c queue has no steady state. */
  waitProbability: number | null;
  /** Erlang C mean wait before service, minutes; null like waitProbability. */
  meanWaitMinutes: number | null;
  /**
   * The fewest units (schedule periods shifted by the same difference, as a what-if
   * does) that keep utilisation below 1; null when no number of units can.
   */
  minimumUnits: number | null;
  /**
   * Business days only: the busiest stretch of the day, between two changes of an arrival
   * rate or a schedule (a lunch peak with a teller at lunch), when it is busier than the
   * day's average; null otherwise. A day can be fine on average and overloaded at noon.
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

/**
 * Steps that use a pool the customer already holds through an earlier step's `keepUntil`:
 * they do not queue (docs/blueprint-format.md 4.3), so they add work to the pool but no
 * arrivals to its line. Found by following the customer's routes from each holding step up
 * to its `keepUntil` step; a failure's `goto` releases the hold, so it is not followed.
 */
function stepsInsideHolds(model: CompiledModel): Set<number> {
  const inside = new Set<number>();
  for (const holder of model.steps) {
    if (holder.pool < 0 || holder.keepUntil < 0) continue;
    const seen = new Set<number>();
    const next = [holder.index];
    while (next.length > 0) {
      const current = model.steps[next.pop()!]!;
      if (current.index === holder.keepUntil) continue;
      for (const route of current.routes) {
        for (const target of route.targets) {
          if (seen.has(target)) continue;
          seen.add(target);
          next.push(target);
        }
      }
    }
    for (const index of seen)
      if (index !== holder.index && model.steps[index]!.pool === holder.pool) inside.add(index);
  }
  return inside;
}

/**
 * Arrivals per minute at each pool's line: the same traffic equations as the offered load,
 * on a copy of the model where every step that queues takes one minute of one unit and
 * every other step none. Steps without a duration hold no pool time and stay out, as they
 * do in the load. A retry is counted as a new arrival although the same unit carries on,
 * so with retries the arrivals are a little high and the mean service a little short.
 */
function arrivalsPerMinute(model: CompiledModel): Float64Array {
  const oneMinute = Sampler.of({ type: 'fixed', value: 1 });
  const inside = stepsInsideHolds(model);
  return offeredLoad({
    ...model,
    steps: model.steps.map((step) =>
      step.duration
        ? { ...step, duration: inside.has(step.index) ? null : oneMinute, units: 1 }
        : step,
    ),
  });
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

/** Erlang C for the pool as an M/M/c queue; null where that queue has no steady state. */
function erlangCWait(
  servers: number,
  arrivals: number,
  meanService: number | null,
): { probability: number; meanMinutes: number } | null {
  if (arrivals === 0 || meanService === 0) return { probability: 0, meanMinutes: 0 };
  if (meanService === null || servers < 1 || !Number.isFinite(arrivals)) return null;
  if (!Number.isFinite(meanService)) return null;
  // Erlang B takes one step per server. Far more servers than the load needs (k = 40
  // standard deviations of spare capacity, Halfin–Whitt) leave a chance of waiting below
  // e^-800: zero in floating point, so say so without a billion steps. Huge loads get no hint.
  const load = arrivals * meanService;
  if (servers > load + 40 * Math.sqrt(load) + 100) return { probability: 0, meanMinutes: 0 };
  if (servers > LARGEST_USEFUL_LOAD) return null;
  let queue: MmcResult;
  try {
    queue = mmc({ arrivalRate: arrivals, serviceRate: 1 / meanService, servers });
  } catch {
    return null; // rates too extreme for the closed form: no hint rather than a wrong one
  }
  if (!queue.stable) return null;
  return { probability: queue.probabilityOfWaiting, meanMinutes: queue.meanWaitInQueue };
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
 * The busiest stretch of a business day per pool: the load of the customers arriving in
 * the stretch (the traffic equations on a window of just that stretch) over the units
 * available then. It treats each stretch as if it lasted, which is what a queue at noon
 * feels like when the stretch is long against the service times.
 */
function peaks(model: CompiledModel, dayUtilization: (number | null)[]): (PeakEstimate | null)[] {
  if (model.window.mode !== 'day') return model.pools.map(() => null);
  const best: (PeakEstimate | null)[] = model.pools.map(() => null);
  for (const [from, to] of stretches(model)) {
    if (to - from < 1) continue;
    const loads = offeredLoad({
      ...model,
      window: { ...model.window, start: from, arrivalsEnd: to },
    });
    model.pools.forEach((_, i) => {
      const load = loads[i]!;
      if (load === 0) return;
      const units = averageCapacity(model, i, from, to);
      const utilization = units > 0 ? load / units : null;
      const previous = best[i];
      const busier =
        !previous ||
        (utilization === null
          ? previous.utilization !== null
          : previous.utilization !== null && utilization > previous.utilization);
      if (!busier) return;
      best[i] = {
        from,
        to,
        utilization,
        overloaded: utilization === null || isSaturated(utilization),
        units,
        unitsNeeded:
          Number.isFinite(load) && load <= LARGEST_USEFUL_LOAD ? Math.floor(load) + 1 : null,
      };
    });
  }
  // Only a stretch clearly busier than the day says something the day's figure does not.
  return best.map((peak, i) => {
    const day = dayUtilization[i];
    if (!peak || day === null || day === undefined) return null;
    if (peak.utilization !== null && peak.utilization < day + PEAK_MARGIN) return null;
    return peak;
  });
}

function estimateFromModel(blueprint: Blueprint, model: CompiledModel): PoolEstimate[] {
  const loads = offeredLoad(model);
  const attempts = arrivalsPerMinute(model);
  const dayUtilization = model.pools.map((_, i) => {
    const capacity = meanCapacity(model, i);
    return loads[i] === 0 ? 0 : capacity > 0 ? loads[i]! / capacity : null;
  });
  const busiest = peaks(model, dayUtilization);
  return model.pools.map((pool, i): PoolEstimate => {
    const load = loads[i]!;
    const arrivals = attempts[i]!;
    const capacity = meanCapacity(model, i);
    const utilization = load === 0 ? 0 : capacity > 0 ? load / capacity : null;
    const overloaded = utilization === null || isSaturated(utilization);
    // Rounded down, with a rounding allowance so that 3 − 1e-15 still counts as 3 units.
    const servers = Math.floor(capacity + SATURATION_TOLERANCE);
    const meanService = arrivals > 0 ? load / arrivals : null;
    const wait = overloaded ? null : erlangCWait(servers, arrivals, meanService);
    return {
      id: pool.id,
      label: blueprint.resources?.[i]?.label ?? pool.id,
      units: pool.baseCapacity,
      offeredLoad: load,
      capacity,
      utilization,
      overloaded,
      arrivalsPerMinute: arrivals,
      meanServiceMinutes: meanService,
      servers,
      waitProbability: wait?.probability ?? null,
      meanWaitMinutes: wait?.meanMinutes ?? null,
      minimumUnits: fewestStableUnits(model, i, load),
      peak: busiest[i]!,
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

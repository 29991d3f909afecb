/**
 * The day as the estimates see it: stretches of opening hours within which no arrival
 * rate and no schedule changes, each pool's stretches with look-alike neighbours joined,
 * and the busiest stretch of a business day.
 */
import { capacityAt } from './capacity.ts';
import type { DivertedDemand } from './diversionDemand.ts';
import type { PeakEstimate } from './estimateTypes.ts';
import { LARGEST_USEFUL_LOAD } from './fewestUnits.ts';
import type { CompiledModel } from './model.ts';
import type { StretchEstimate, StretchInput } from './stretchQueue.ts';

/** A busiest stretch is reported when it is this much busier than the day (5 points). */
const PEAK_MARGIN = 0.05;

/**
 * The stretches of opening hours within which nothing changes: cut at every rate period's
 * start and end and every schedule change. Appointments have no rate to cut at; their
 * bookings fall in whatever stretch holds them.
 */
export function stretches(model: CompiledModel): [number, number][] {
  const { start, arrivalsEnd } = model.window;
  const cuts = new Set<number>([start, arrivalsEnd]);
  for (const stream of model.streams)
    if (stream.shape.kind === 'rate')
      for (const period of stream.shape.periods) cuts.add(period.from).add(period.to);
  for (const pool of model.pools) for (const change of pool.changes) cuts.add(change.minute);
  const inside = [...cuts].filter((t) => t >= start && t <= arrivalsEnd).sort((a, b) => a - b);
  return inside.slice(1).map((to, i) => [inside[i]!, to]);
}

/** A pool's demand and units in each of the model's stretches, one input per cut. */
export function cutInputs(
  model: CompiledModel,
  poolIndex: number,
  cuts: readonly [number, number][],
  diverted: readonly DivertedDemand[],
): StretchInput[] {
  const pool = model.pools[poolIndex]!;
  return cuts.map(([from, to], i) => ({
    from,
    to,
    demand: diverted[i]!.demands[poolIndex]!,
    units: capacityAt(pool.baseCapacity, pool.changes, from),
    threshold: diverted[i]!.queues[poolIndex]!,
  }));
}

const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));

/** Whether two neighbouring stretches look the same to the pool (units, demand, help). */
function lookAlike(a: StretchInput, b: StretchInput): boolean {
  return (
    a.units === b.units &&
    same(a.demand.arrivals, b.demand.arrivals) &&
    same(a.demand.load, b.demand.load) &&
    same(a.demand.serviceScv, b.demand.serviceScv) &&
    same(a.lent?.load ?? 0, b.lent?.load ?? 0) &&
    same(a.shown?.load ?? 0, b.shown?.load ?? 0) &&
    (a.shown?.units ?? 0) === (b.shown?.units ?? 0) &&
    same(a.priority?.pooled.load ?? 0, b.priority?.pooled.load ?? 0)
  );
}

/** Neighbouring stretches that look the same joined, so a steady pool reads as one stretch. */
export function joinLookAlike(inputs: readonly StretchInput[]): StretchInput[] {
  const joined: StretchInput[] = [];
  for (const input of inputs) {
    const last = joined[joined.length - 1];
    if (last && lookAlike(last, input)) joined[joined.length - 1] = { ...last, to: input.to };
    else joined.push(input);
  }
  return joined;
}

/**
 * A pool's stretches: the model's, with neighbours that look the same to this pool (same
 * units, same demand) joined, so that a pool nothing changes for reads as one stretch.
 */
export function poolStretches(
  model: CompiledModel,
  poolIndex: number,
  cuts: readonly [number, number][],
  diverted: readonly DivertedDemand[],
): StretchInput[] {
  return joinLookAlike(cutInputs(model, poolIndex, cuts, diverted));
}

/**
 * The busiest stretch of a business day, when it is clearly busier than the day: a queue
 * at noon feels like that stretch lasting when the stretch is long against the services.
 */
export function peakOf(
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

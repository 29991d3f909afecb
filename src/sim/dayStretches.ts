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
import type { ThresholdQueue } from './thresholdQueue.ts';

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

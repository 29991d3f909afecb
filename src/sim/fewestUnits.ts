/**
 * A pool's mean capacity as the simulator's stability check averages it (over opening
 * hours in a business day, over the day in a steady run), and the fewest units that keep
 * the pool below saturation, its schedule shifted as a what-if shifts it.
 */
import { isSaturated } from '../analysis/index.ts';
import type { CompiledModel, CompiledPool } from './model.ts';
import { averageCapacity } from './offeredLoad.ts';

/** Above this many Erlangs a "fewest units" answer means nothing (a typo in a rate). */
export const LARGEST_USEFUL_LOAD = 1e6;

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
export function meanCapacity(model: CompiledModel, poolIndex: number): number {
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
export function fewestStableUnits(
  model: CompiledModel,
  poolIndex: number,
  load: number,
): number | null {
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

/**
 * The resource pools of a checked blueprint compiled for the engine: the capacity and
 * its schedule as a list of changes, the priority levels of the queue (with a booked level
 * ahead of each where some step is booked, compileBooked.ts), the cost and the
 * pools whose queues an idle pool also serves, and whether its units are told apart.
 */
import type { Blueprint } from '../model/index.ts';
// The zod-free modules of the model, not its index (see compile.ts).
import { minutesOfDay } from '../model/constants.ts';
import { DEFAULTS } from '../model/defaults.ts';
import type { SameUnitTable } from './compileSameUnit.ts';
import type { CompiledPool } from './model.ts';

export function compilePools(
  blueprint: Blueprint,
  classes: { priority: number }[],
  poolIndex: Map<string, number>,
  sameUnit: SameUnitTable,
  booked: Set<string>,
): CompiledPool[] {
  // Pools whose own steps, or steps of the pools they also serve, take several units.
  const multiUnitPools = new Set(
    blueprint.steps.filter((step) => (step.resource?.units ?? 1) > 1).map((s) => s.resource!.pool),
  );
  return (blueprint.resources ?? []).map((pool, index) => {
    const changes: { minute: number; capacity: number }[] = [];
    for (const period of [...(pool.schedule ?? [])].sort(
      (a, b) => minutesOfDay(a.from) - minutesOfDay(b.from),
    )) {
      changes.push({ minute: minutesOfDay(period.from), capacity: period.capacity });
      changes.push({ minute: minutesOfDay(period.to), capacity: pool.capacity });
    }
    // Back-to-back periods: the later start wins over the earlier end at the same minute.
    const merged = changes.filter((change, i) => changes[i + 1]?.minute !== change.minute);
    const byPriority = (pool.discipline ?? DEFAULTS.discipline) === 'priority';
    const levels = byPriority
      ? [...new Set(classes.map((c) => c.priority))].sort((a, b) => b - a)
      : [0];
    // With booked steps, each priority level has a booked level just ahead of it.
    const spread = booked.has(pool.id) ? 2 : 1;
    return {
      index,
      id: pool.id,
      baseCapacity: pool.capacity,
      changes: merged,
      levelOfClass: Int32Array.from(
        classes.map((c) => (byPriority ? levels.indexOf(c.priority) : 0) * spread + spread - 1),
      ),
      levelCount: levels.length * spread,
      costPerHour: pool.costPerHour ?? 0,
      lastShiftEnd: Math.max(
        0,
        ...(pool.schedule ?? []).filter((p) => p.capacity > 0).map((p) => minutesOfDay(p.to)),
      ),
      alsoServes: Int32Array.from(new Set(pool.alsoServes ?? []), (id) => poolIndex.get(id)!),
      servesFirst: Int32Array.from(new Set(pool.servesFirst ?? []), (id) => poolIndex.get(id)!),
      unitsTold: sameUnit.pools.has(pool.id),
      multiUnit:
        multiUnitPools.has(pool.id) ||
        [...(pool.servesFirst ?? []), ...(pool.alsoServes ?? [])].some((id) =>
          multiUnitPools.has(id),
        ),
    };
  });
}

/**
 * What playback shows at a moment: the engine's own state as plain data (who is where,
 * queue contents in order, busy and available units, the clock and running counters).
 * Built on demand from the engine's arrays; nothing here is kept in step with it.
 */
import type { Simulation } from './engine.ts';

export interface CustomerView {
  caseId: number;
  classId: string;
  stepId: string;
  /** waiting in the step's queue; served at the step; background work (not a customer). */
  state: 'waiting' | 'served' | 'background';
  /** When the current wait or service began (clock minutes); service end when known. */
  since: number;
  until: number | null;
}

export interface Snapshot {
  clock: number;
  customers: CustomerView[];
  /** Case ids waiting, front first, by the step they wait at. */
  queues: Record<string, number[]>;
  /**
   * Items on the pile of each step done as one batch a day, not yet taken by its pool (the
   * items taken and waiting for a unit are in `queues`, as background work).
   */
  piles: Record<string, number>;
  pools: Record<string, { capacity: number; busy: number; waiting: number }>;
  counters: {
    arrived: number;
    inSystem: number;
    served: number;
    abandoned: number;
    meanWait: number | null;
  };
}

export function snapshot(simulation: Simulation): Snapshot {
  const { model } = simulation;
  const { people, pools: bank, batches } = simulation.state;
  const { capacity, busy, waiting, lines } = bank;
  const customers: CustomerView[] = [];
  for (let c = 0; c < people.slots; c++) {
    if (people.alive[c] === 0) continue;
    const queued = people.waitingAt[c]! >= 0;
    const until = people.busyUntil[c]!;
    customers.push({
      caseId: people.serial[c]!,
      classId: model.classes[people.classIndex[c]!]!.id,
      stepId: model.steps[people.step[c]!]!.id,
      state: people.background[c] === 1 ? 'background' : queued ? 'waiting' : 'served',
      since: queued ? people.queuedAt[c]! : people.arrived[c]!,
      until: Number.isNaN(until) ? null : until,
    });
  }
  const queues: Record<string, number[]> = {};
  lines.forEach((line) => {
    for (const c of line.contents(people.token)) {
      const stepId = model.steps[people.waitingAt[c]!]!.id;
      (queues[stepId] ??= []).push(people.serial[c]!);
    }
  });
  const piles: Record<string, number> = {};
  model.steps.forEach((step, s) => {
    if (step.batchMinute !== null) piles[step.id] = batches.pileSize(s);
  });
  const pools: Snapshot['pools'] = {};
  model.pools.forEach((pool, i) => {
    pools[pool.id] = { capacity: capacity[i]!, busy: busy[i]!, waiting: waiting[i]! };
  });
  const system = simulation.stats.system;
  return {
    clock: simulation.now,
    customers,
    queues,
    piles,
    pools,
    counters: {
      arrived: system.arrived,
      inSystem: simulation.inSystem,
      served: system.served,
      abandoned: system.abandoned,
      meanWait: system.wait.count > 0 ? system.wait.mean : null,
    },
  };
}

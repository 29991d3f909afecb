/** Blueprints of textbook queueing systems, for testing the simulator against theory. */
import type { Blueprint, Distribution, Step } from '../../src/model/index.ts';

export interface StationSpec {
  id: string;
  servers: number;
  service: Distribution;
}

const exitStep: Step = {
  id: 'done',
  kind: 'action',
  lane: 'customer',
  label: 'Done',
  exit: { outcome: 'completed' },
};

function station({ id, service }: StationSpec): Step {
  return {
    id,
    kind: 'action',
    lane: 'frontstage',
    label: id,
    duration: service,
    resource: { pool: `${id}-pool` },
  };
}

function pool({ id, servers }: StationSpec): NonNullable<Blueprint['resources']>[number] {
  return { id: `${id}-pool`, kind: 'staff', label: id, capacity: servers };
}

/** A steady-state run: `horizon` minutes after a warm-up of a tenth of it. */
export function steadyRun(horizon: number, replications = 10, seed = 2026): Blueprint['run'] {
  return { mode: 'steady', horizon, warmup: horizon / 10, replications, seed };
}

/** Stations in a line, Poisson arrivals at `perMinute`. */
export function tandemQueue(
  perMinute: number,
  stations: StationSpec[],
  run: Blueprint['run'],
): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 2,
    id: 'queue',
    name: 'Queue',
    steps: [...stations.map(station), exitStep],
    flows: stations.map((s, i) => ({ id: `f${i}`, from: s.id, to: stations[i + 1]?.id ?? 'done' })),
    resources: stations.map(pool),
    arrivals: { type: 'poisson', entry: stations[0]!.id, perHour: perMinute * 60 },
    run,
  };
}

/** M/G/c: one station. */
export function singleQueue(
  perMinute: number,
  servers: number,
  service: Distribution,
  run: Blueprint['run'],
): Blueprint {
  return tandemQueue(perMinute, [{ id: 'serve', servers, service }], run);
}

/** One station whose customers go round again with probability `rework` (Jackson feedback). */
export function reworkQueue(
  perMinute: number,
  rework: number,
  service: Distribution,
  run: Blueprint['run'],
): Blueprint {
  const blueprint = singleQueue(perMinute, 1, service, run);
  blueprint.flows = [
    { id: 'again', from: 'serve', to: 'serve', probability: rework },
    { id: 'out', from: 'serve', to: 'done', probability: 1 - rework },
  ];
  return blueprint;
}

/** One M/M/c station shared by two classes, the first served first (non-preemptive). */
export function priorityQueue(
  perMinute: [number, number],
  servers: number,
  meanService: number,
  run: Blueprint['run'],
): Blueprint {
  const blueprint = singleQueue(0, servers, { type: 'exponential', mean: meanService }, run);
  delete blueprint.arrivals;
  blueprint.resources![0]!.discipline = 'priority';
  blueprint.classes = [
    {
      id: 'high',
      label: 'High',
      priority: 1,
      arrivals: { type: 'poisson', entry: 'serve', perHour: perMinute[0] * 60 },
    },
    {
      id: 'low',
      label: 'Low',
      priority: 0,
      arrivals: { type: 'poisson', entry: 'serve', perHour: perMinute[1] * 60 },
    },
  ];
  return blueprint;
}

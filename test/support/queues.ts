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
    version: 4,
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

export interface BackOfficeBank {
  /** Back-office clerks all day (0 with a schedule: only the schedule's hours). */
  clerks: number;
  /** The clerk's mean minutes per voucher (1.5 offers the clerk 1.5 units of work). */
  clerkMean?: number;
  schedule?: { from: string; to: string; capacity: number }[];
  replications: number;
  seed: number;
}

/**
 * A day at a branch with a back office: two tellers at 40 an hour serve 1 customer a
 * minute (80 % busy), open 09:00–17:00; every customer leaves a voucher that back-office
 * clerks at 30 an hour file after the customer has gone. Used where one pool's hours,
 * overtime and cost must be told apart from another's.
 */
export function tellersWithBackOffice({
  clerks,
  clerkMean = 1.5,
  schedule,
  replications,
  seed,
}: BackOfficeBank): Blueprint {
  const blueprint = singleQueue(
    1,
    2,
    { type: 'exponential', mean: 1.6 },
    { mode: 'day', open: '09:00', close: '17:00', replications, seed },
  );
  blueprint.resources![0]!.costPerHour = 40;
  blueprint.resources!.push({
    id: 'back-office',
    kind: 'staff',
    label: 'Back office',
    capacity: clerks,
    costPerHour: 30,
    ...(schedule ? { schedule } : {}),
  });
  blueprint.steps.push({
    id: 'file',
    kind: 'action',
    lane: 'backstage',
    label: 'File the voucher',
    exit: { outcome: 'completed' },
    duration: { type: 'exponential', mean: clerkMean },
    resource: { pool: 'back-office' },
  });
  blueprint.flows.push({ id: 'voucher', from: 'serve', to: 'file', background: true });
  return blueprint;
}

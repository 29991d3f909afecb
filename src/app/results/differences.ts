/**
 * What differs between two blueprints, as far as a simulation is concerned: pools and
 * their capacity, steps added or removed, durations, failures, routing, arrivals,
 * classes and run settings. Drawing-only changes (positions, labels, evidence and notes)
 * are left out: they do not explain a change in the results. The component words each
 * difference in the UI language.
 */
import { distributionMoments } from '../../analysis/moments.ts';
import {
  type Arrivals,
  type Blueprint,
  DEFAULTS,
  type Distribution,
  type Flow,
  minutesOfDay,
  PROCESS_STEP_KINDS,
  type RunSettings,
  type Step,
} from '../../model/index.ts';

/** A stream's average: per hour for random arrivals, per day for appointments. */
export type ArrivalRate = { per: 'hour' | 'day'; value: number };

/** The simulated window: a business day's opening hours, or a steady run's length. */
export type RunWindow =
  | { mode: 'day'; open: string; close: string }
  | { mode: 'steady'; horizon: number; warmup: number };

export type Difference =
  | { kind: 'poolAdded'; poolId: string; capacity: number }
  | { kind: 'poolRemoved'; poolId: string; capacity: number }
  | { kind: 'poolCapacity'; poolId: string; from: number; to: number }
  | { kind: 'poolSchedule'; poolId: string }
  | { kind: 'stepAdded'; stepId: string }
  | { kind: 'stepRemoved'; stepId: string }
  | { kind: 'stepDuration'; stepId: string; from: number | null; to: number | null }
  | { kind: 'stepPool'; stepId: string; from: string | null; to: string | null }
  | { kind: 'stepFailure'; stepId: string; from: number; to: number }
  | { kind: 'routing'; added: number; removed: number; changed: number }
  /** classId null: the blueprint's shared arrivals. */
  | { kind: 'arrivals'; classId: string | null; from: ArrivalRate | null; to: ArrivalRate | null }
  | { kind: 'classAdded'; classId: string }
  | { kind: 'classRemoved'; classId: string }
  | { kind: 'classChanged'; classId: string }
  | { kind: 'runWindow'; from: RunWindow; to: RunWindow }
  | { kind: 'replications'; from: number; to: number };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  return new Map((list ?? []).map((item) => [item.id, item]));
}

/** The mean a duration gives in a run (0 when absent: the step takes no time). */
export function meanMinutes(duration: Distribution | undefined): number | null {
  return duration === undefined ? 0 : distributionMoments(duration).mean;
}

/** Random arrivals: the time-weighted rate over the periods; appointments: who shows up per day. */
export function arrivalRate(arrivals: Arrivals): ArrivalRate {
  switch (arrivals.type) {
    case 'poisson':
      return { per: 'hour', value: arrivals.perHour };
    case 'profile': {
      let minutes = 0;
      let customers = 0;
      for (const period of arrivals.periods) {
        const length = minutesOfDay(period.to) - minutesOfDay(period.from);
        minutes += length;
        customers += (period.perHour * length) / 60;
      }
      return { per: 'hour', value: minutes > 0 ? (customers / minutes) * 60 : 0 };
    }
    case 'appointments': {
      const booked = arrivals.slots.reduce((sum, slot) => sum + (slot.count ?? 1), 0);
      return { per: 'day', value: booked * (1 - (arrivals.noShow ?? 0)) };
    }
  }
}

function arrivalDifference(
  classId: string | null,
  a: Arrivals | undefined,
  b: Arrivals | undefined,
): Difference[] {
  if (same(a, b)) return [];
  return [
    {
      kind: 'arrivals',
      classId,
      from: a ? arrivalRate(a) : null,
      to: b ? arrivalRate(b) : null,
    },
  ];
}

/** Without run settings a blueprint runs a business day with the default hours. */
function runWindow(run: RunSettings | undefined): RunWindow {
  if (run === undefined) return { mode: 'day', open: DEFAULTS.open, close: DEFAULTS.close };
  if (run.mode === 'day') return { mode: 'day', open: run.open, close: run.close };
  return { mode: 'steady', horizon: run.horizon, warmup: run.warmup ?? DEFAULTS.warmup };
}

function poolDifferences(a: Blueprint, b: Blueprint): Difference[] {
  const before = byId(a.resources);
  const after = byId(b.resources);
  const out: Difference[] = [];
  for (const [poolId, pool] of before) {
    const next = after.get(poolId);
    if (!next) {
      out.push({ kind: 'poolRemoved', poolId, capacity: pool.capacity });
      continue;
    }
    if (pool.capacity !== next.capacity) {
      out.push({ kind: 'poolCapacity', poolId, from: pool.capacity, to: next.capacity });
    }
    if (!same(pool.schedule ?? [], next.schedule ?? [])) out.push({ kind: 'poolSchedule', poolId });
  }
  for (const [poolId, pool] of after) {
    if (!before.has(poolId)) out.push({ kind: 'poolAdded', poolId, capacity: pool.capacity });
  }
  return out;
}

function processSteps(blueprint: Blueprint): Map<string, Step> {
  return byId(blueprint.steps.filter((step) => PROCESS_STEP_KINDS.includes(step.kind)));
}

function stepDifferences(a: Blueprint, b: Blueprint): Difference[] {
  const before = processSteps(a);
  const after = processSteps(b);
  const out: Difference[] = [];
  for (const [stepId, step] of before) {
    const next = after.get(stepId);
    if (!next) {
      out.push({ kind: 'stepRemoved', stepId });
      continue;
    }
    if (!same(step.duration, next.duration)) {
      const from = meanMinutes(step.duration);
      const to = meanMinutes(next.duration);
      out.push({ kind: 'stepDuration', stepId, from, to });
    }
    const pool = step.resource?.pool ?? null;
    const nextPool = next.resource?.pool ?? null;
    if (pool !== nextPool) out.push({ kind: 'stepPool', stepId, from: pool, to: nextPool });
    const failure = step.failure?.probability ?? 0;
    const nextFailure = next.failure?.probability ?? 0;
    if (failure !== nextFailure) {
      out.push({ kind: 'stepFailure', stepId, from: failure, to: nextFailure });
    }
  }
  for (const stepId of after.keys()) {
    if (!before.has(stepId)) out.push({ kind: 'stepAdded', stepId });
  }
  return out;
}

/** Flows are compared by what they route (from, to, chances, classes), not by their ids. */
function flowKey(flow: Flow): string {
  return `${flow.from}→${flow.to}${flow.background ? ' (background)' : ''}`;
}

function routingDifference(a: Blueprint, b: Blueprint): Difference[] {
  const before = new Map(a.flows.map((flow) => [flowKey(flow), flow]));
  const after = new Map(b.flows.map((flow) => [flowKey(flow), flow]));
  let added = 0;
  let removed = 0;
  let changed = 0;
  const routing = (flow: Flow) => [flow.probability, flow.classProbability, flow.classes];
  for (const [key, flow] of before) {
    const next = after.get(key);
    if (!next) removed += 1;
    else if (!same(routing(flow), routing(next))) changed += 1;
  }
  for (const key of after.keys()) if (!before.has(key)) added += 1;
  return added + removed + changed > 0 ? [{ kind: 'routing', added, removed, changed }] : [];
}

function classDifferences(a: Blueprint, b: Blueprint): Difference[] {
  const before = byId(a.classes);
  const after = byId(b.classes);
  const out: Difference[] = [];
  for (const [classId, customerClass] of before) {
    const next = after.get(classId);
    if (!next) {
      out.push({ kind: 'classRemoved', classId });
      continue;
    }
    out.push(...arrivalDifference(classId, customerClass.arrivals, next.arrivals));
    // Everything but the label, colour and own arrivals (worded above) changes behaviour.
    const behaviour = (c: typeof customerClass) => ({ ...c, label: 0, color: 0, arrivals: 0 });
    if (!same(behaviour(customerClass), behaviour(next)))
      out.push({ kind: 'classChanged', classId });
  }
  for (const classId of after.keys()) {
    if (!before.has(classId)) out.push({ kind: 'classAdded', classId });
  }
  return out;
}

export function blueprintDifferences(a: Blueprint, b: Blueprint): Difference[] {
  const out: Difference[] = [
    ...poolDifferences(a, b),
    ...stepDifferences(a, b),
    ...routingDifference(a, b),
    ...arrivalDifference(null, a.arrivals, b.arrivals),
    ...classDifferences(a, b),
  ];
  const window = [runWindow(a.run), runWindow(b.run)] as const;
  if (!same(window[0], window[1])) out.push({ kind: 'runWindow', from: window[0], to: window[1] });
  const replications = [a.run?.replications, b.run?.replications] as const;
  if (replications[0] !== undefined && replications[1] !== undefined) {
    if (replications[0] !== replications[1]) {
      out.push({ kind: 'replications', from: replications[0], to: replications[1] });
    }
  }
  return out;
}

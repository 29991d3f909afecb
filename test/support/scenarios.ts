/** Small hand-checkable scenarios for engine tests: booked arrivals and fixed durations. */
import { expect } from 'vitest';
import { type Blueprint, type Step, loadBlueprintValue } from '../../src/model/index.ts';
import { type EventRow, simulate } from '../../src/sim/simulate.ts';

export const fixed = (value: number) => ({ type: 'fixed' as const, value });

/** A one-replication business day 09:00–17:00 with booked customers at the given times. */
export function day(
  steps: Step[],
  flows: Blueprint['flows'],
  bookings: string[],
  resources: Blueprint['resources'] = [],
): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'scenario',
    name: 'Scenario',
    steps,
    flows,
    resources,
    arrivals: { type: 'appointments', entry: steps[0]!.id, slots: bookings.map((at) => ({ at })) },
    run: { mode: 'day', open: '09:00', close: '17:00', replications: 1, seed: 1 },
  };
}

export function checked(blueprint: Blueprint): Blueprint {
  const result = loadBlueprintValue(blueprint);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return result.blueprint;
}

export function events(blueprint: Blueprint): string[] {
  const rows: EventRow[] = [];
  simulate(checked(blueprint), { onEvent: (row) => rows.push(row) });
  return rows.map((r) => `${r.caseId} ${r.stepId} ${r.event} ${(r.time - 540).toFixed(2)}`);
}

export const teller = [{ id: 'tellers', kind: 'staff' as const, label: 'Tellers', capacity: 1 }];
export const step = (id: string, extra: Partial<Step> = {}): Step => ({
  id,
  kind: 'action',
  lane: 'frontstage',
  label: id,
  ...extra,
});

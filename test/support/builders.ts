/** Small blueprints for tests: a valid base that each test bends one way. */
import type { Blueprint, Step } from '../../src/model/index.ts';

/** The customer's way out: a step named Leave, ending the visit completed. */
export function leaveStep(id: string): Step {
  return { id, kind: 'action', lane: 'customer', label: 'Leave', exit: { outcome: 'completed' } };
}

/** Two customer steps in a line, a teller pool, Poisson arrivals: valid and warning-free. */
export function minimalBlueprint(): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'minimal',
    name: 'Minimal',
    steps: [
      { id: 'arrive', kind: 'action', lane: 'customer', label: 'Arrive' },
      {
        id: 'serve',
        kind: 'action',
        lane: 'frontstage',
        label: 'Serve',
        duration: { type: 'exponential', mean: 4 },
        resource: { pool: 'tellers' },
      },
      leaveStep('leave'),
    ],
    flows: [
      { id: 'f1', from: 'arrive', to: 'serve' },
      { id: 'f2', from: 'serve', to: 'leave' },
    ],
    resources: [{ id: 'tellers', kind: 'staff', label: 'Tellers', capacity: 2 }],
    arrivals: { type: 'poisson', entry: 'arrive', perHour: 20 },
    run: { mode: 'day', open: '09:00', close: '17:00' },
  };
}

/** A deep copy of the minimal blueprint as plain JSON, for tests that break its types. */
export function minimalJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(minimalBlueprint())) as Record<string, unknown>;
}

/** Sets a value at a path in plain JSON, creating nothing: the path must exist up to its last key. */
export function setAt(document: unknown, path: (string | number)[], value: unknown): void {
  let node = document as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
}

/**
 * The same unit for a whole case against theory. Units told apart must not change what
 * counted units give where the choice of unit cannot matter:
 *
 * - c units, a customer takes any unit at an instant first step and keeps to it at once
 *   for an exponential service (`sameUnitAs` the first step): their unit is the one that
 *   called them, free at that moment, so the pool is the textbook M/M/c, every wait at
 *   the first step (Erlang C) and none at the second;
 * - one unit: asking for the same unit is asking for the only one, so the results of an
 *   application, underwriting and contract are the counted pool's to the last digit.
 */
import { describe, expect, it } from 'vitest';
import { mmc } from '../../src/analysis/index.ts';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { steadyRun } from '../support/queues.ts';

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

/** Poisson arrivals at `perMinute`: `call` takes any unit for no time, `serve` keeps it. */
function calledThenServed(
  perMinute: number,
  servers: number,
  sameUnit: boolean,
  run: Blueprint['run'],
): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'same-unit-mmc',
    name: 'Called, then served by the same unit',
    steps: [
      {
        id: 'call',
        kind: 'action',
        lane: 'frontstage',
        label: 'Called to a window',
        resource: { pool: 'windows' },
      },
      {
        id: 'serve',
        kind: 'action',
        lane: 'frontstage',
        label: 'Served',
        duration: exponential(1),
        resource: { pool: 'windows', ...(sameUnit ? { sameUnitAs: 'call' } : {}) },
        exit: { outcome: 'completed' },
      },
    ],
    flows: [{ id: 'on', from: 'call', to: 'serve' }],
    resources: [{ id: 'windows', kind: 'staff', label: 'Windows', capacity: servers }],
    arrivals: { type: 'poisson', entry: 'call', perHour: perMinute * 60 },
    run,
  };
}

/** Application (any unit), underwriting without it, contract with the applicant's unit. */
function applicationAndContract(servers: number, sameUnit: boolean): Blueprint {
  const action = (id: string, mean: number, pool?: { sameUnitAs?: string }) => ({
    id,
    kind: 'action' as const,
    lane: 'frontstage' as const,
    label: id,
    duration: exponential(mean),
    ...(pool ? { resource: { pool: 'advisers', ...pool } } : {}),
  });
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'same-unit-loan',
    name: 'Application and contract',
    steps: [
      action('apply', 1, {}),
      action('underwrite', 5),
      {
        ...action('contract', 0.5, sameUnit ? { sameUnitAs: 'apply' } : {}),
        exit: { outcome: 'completed' },
      },
    ],
    flows: [
      { id: 'a', from: 'apply', to: 'underwrite' },
      { id: 'b', from: 'underwrite', to: 'contract' },
    ],
    resources: [{ id: 'advisers', kind: 'staff', label: 'Advisers', capacity: servers }],
    arrivals: { type: 'poisson', entry: 'apply', perHour: 36 * servers },
    run: steadyRun(20_000, 4),
  };
}

function run(blueprint: Blueprint) {
  const checked = loadBlueprintValue(blueprint);
  expect(checked.ok && checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return simulate(blueprint);
}

describe('the same unit for a whole case against theory', () => {
  it.each([
    [3, 0.8, 100_000],
    [5, 0.9, 100_000],
  ])(
    'c = %i at ρ = %f: called by a free unit and kept, M/M/c (%i minutes)',
    (c, rho, horizon) => {
      const lambda = rho * c;
      const results = run(calledThenServed(lambda, c, true, steadyRun(horizon)));
      const theory = mmc({ arrivalRate: lambda, serviceRate: 1, servers: c });
      if (!theory.stable) throw new Error('expected a stable system');
      const wait = results.steps.call!.wait!;
      expect(wait.ci95).not.toBeNull();
      expect(theory.meanWaitInQueue).toBeGreaterThanOrEqual(wait.ci95![0]);
      expect(theory.meanWaitInQueue).toBeLessThanOrEqual(wait.ci95![1]);
      expect(Math.abs(wait.mean - theory.meanWaitInQueue) / theory.meanWaitInQueue).toBeLessThan(
        0.04,
      );
      expect(results.steps.serve!.wait!.max).toBe(0);
      expect(results.resources.windows!.utilization.mean).toBeCloseTo(rho, 2);
    },
    600_000,
  );

  it('one unit: the same results as a counted pool, seed for seed', () => {
    const told = run(applicationAndContract(1, true));
    const counted = run(applicationAndContract(1, false));
    expect(told.steps.contract!.wait!.mean).toBeGreaterThan(0);
    expect(JSON.stringify(told.steps)).toBe(JSON.stringify(counted.steps));
    expect(JSON.stringify(told.resources)).toBe(JSON.stringify(counted.resources));
  });
});

/**
 * The run budget: a replication that would never end or would fill the memory stops with
 * a RunBudgetError carrying a code and numbers, and the hostile files that once ran for
 * ever are refused by the checks before they get that far.
 */
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { DEFAULT_BUDGET, RunBudgetError, simulate } from '../../src/sim/index.ts';
import { minimalBlueprint } from '../support/builders.ts';

function budgetError(run: () => unknown): RunBudgetError {
  try {
    run();
  } catch (error) {
    if (error instanceof RunBudgetError) return error;
    throw error;
  }
  throw new Error('the run finished within its budget');
}

function errorCodes(blueprint: Blueprint): string[] {
  const result = loadBlueprintValue(JSON.parse(JSON.stringify(blueprint)));
  return result.findings.filter((f) => f.severity === 'error').map((f) => f.code);
}

/** Work at "file" that starts two more of itself: it doubles without end. */
function doublingWork(): Blueprint {
  const b = minimalBlueprint();
  b.steps.push({
    id: 'file',
    kind: 'action',
    lane: 'backstage',
    label: 'File',
    duration: { type: 'fixed', value: 1 },
  });
  b.flows.push({ id: 'f3', from: 'serve', to: 'file', background: true });
  b.flows.push({ id: 'a', from: 'file', to: 'file', background: true });
  b.flows.push({ id: 'b', from: 'file', to: 'file', background: true });
  return b;
}

function arrivingPerHour(perHour: number): Blueprint {
  const b = minimalBlueprint();
  b.arrivals = { type: 'poisson', entry: 'arrive', perHour };
  return b;
}

describe('the run budget', () => {
  it('stops a replication after maxEvents, saying which limit, where and when', () => {
    const error = budgetError(() =>
      simulate(minimalBlueprint(), { replications: 3, budget: { maxEvents: 500 } }),
    );
    expect(error.problem.code).toBe('events');
    expect(error.problem.params.limit).toBe(500);
    expect(error.problem.params.replication).toBe(0);
    expect(error.problem.params.minute).toBeGreaterThan(9 * 60);
  });

  it('stops a queue that grows without end at maxPresent', () => {
    const overloaded = arrivingPerHour(600);
    const error = budgetError(() =>
      simulate(overloaded, { replications: 1, budget: { maxPresent: 200 } }),
    );
    expect(error.problem).toMatchObject({ code: 'present', params: { limit: 200 } });
  });

  it('lets an ordinary run finish with the defaults', () => {
    expect(DEFAULT_BUDGET.maxEvents).toBeGreaterThanOrEqual(1e8);
    expect(simulate(minimalBlueprint(), { replications: 2 }).system.served).toBeGreaterThan(0);
  });
});

describe('hostile blueprints', () => {
  it('background work that doubles is refused, and stopped by the budget if run anyway', () => {
    expect(errorCodes(doublingWork())).toEqual(['background-multiplies', 'background-multiplies']);
    const error = budgetError(() => simulate(doublingWork(), { replications: 1 }));
    expect(error.problem.code).toBe('present');
  });

  it.each([1e9, 1e308])('%s arrivals an hour are refused, and stopped if run anyway', (rate) => {
    expect(errorCodes(arrivingPerHour(rate))).toEqual(['arrival-rate-too-high']);
    const error = budgetError(() => simulate(arrivingPerHour(rate), { replications: 1 }));
    expect(error.problem.code).toBe('present');
  });

  it('2 000 slots of 10 000 appointments are refused', () => {
    const b = minimalBlueprint();
    b.arrivals = {
      type: 'appointments',
      entry: 'arrive',
      slots: Array.from({ length: 2000 }, () => ({ at: '10:00', count: 10_000 })),
    };
    expect(errorCodes(b)).toEqual(['too-many-bookings']);
  });
});

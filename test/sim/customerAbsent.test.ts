/**
 * A step marked `customerPresent: false` (only the file waits, as in back-office
 * underwriting) is not subject to the customer's patience or balking; the same queue
 * with the customer present is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../src/model/index.ts';
import { estimatePools } from '../../src/sim/estimates.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

/** An impatient class at a busy single server: many renege and balk when present. */
function impatientQueue(customerPresent: boolean) {
  const blueprint = singleQueue(0.9, 1, exponential(1), steadyRun(5_000, 4, 11));
  blueprint.classes = [
    { id: 'walk-in', label: 'Walk-in', share: 1, patience: exponential(2), balkAt: 3 },
  ];
  blueprint.steps[0]!.customerPresent = customerPresent;
  return blueprint;
}

describe('work that goes on without the customer', () => {
  it('a present customer reneges and balks; their file waiting alone does neither', () => {
    const present = simulate(impatientQueue(true)).steps.serve!;
    expect(present.reneges.mean).toBeGreaterThan(50);
    expect(present.balks.mean).toBeGreaterThan(50);
    const absent = simulate(impatientQueue(false)).steps.serve!;
    expect(absent.reneges.mean).toBe(0);
    expect(absent.balks.mean).toBe(0);
    // Everyone who arrived is served, so the queue (and its wait) is the plain M/M/1 one.
    expect(absent.waitAll!.count).toBeCloseTo(absent.wait!.count, 6);
  });

  it('the pool estimate takes no abandonment where only the file waits', () => {
    const waitOf = (blueprint: ReturnType<typeof impatientQueue>) => {
      const estimates = estimatePools(blueprint);
      if (!estimates.ok) throw new Error(estimates.reason);
      return estimates.pools[0]!.meanWaitMinutes!;
    };
    const patient = impatientQueue(true);
    patient.classes = [{ id: 'walk-in', label: 'Walk-in', share: 1 }];
    expect(waitOf(impatientQueue(false))).toBeCloseTo(waitOf(patient), 9);
    expect(waitOf(impatientQueue(true))).toBeLessThan(waitOf(patient) * 0.8);
  });

  it('the loan example: no applicant gives up while the file waits for review and approval', () => {
    const text = readFileSync(
      new URL('../../blueprints/loan-application.json', import.meta.url),
      'utf8',
    );
    const loaded = loadBlueprintText(text);
    if (!loaded.ok) throw new Error('the loan example does not open');
    const backOffice = ['b-underwrite', 'd-decision', 'b-senior-review'];
    for (const id of backOffice) {
      expect(loaded.blueprint.steps.find((step) => step.id === id)?.customerPresent).toBe(false);
    }
    const results = simulate(loaded.blueprint);
    for (const id of backOffice) expect(results.steps[id]!.reneges.mean).toBe(0);
    // The applicant who is at the desk still may give up there.
    expect(
      loaded.blueprint.steps.find((step) => step.id === 'f-intake')?.customerPresent,
    ).toBeUndefined();
  });
});

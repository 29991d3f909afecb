/**
 * Simulates a test blueprint after checking it has no findings at all: a theory test's
 * figures mean nothing if the model it ran was not the one written.
 */
import { expect } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import type { Results } from '../../src/sim/results.ts';
import { simulate } from '../../src/sim/simulate.ts';

export function simulateClean(blueprint: Blueprint, seed: number): Results {
  const checked = loadBlueprintValue(blueprint);
  if (!checked.ok) throw new Error(JSON.stringify(checked.findings));
  expect(checked.findings).toEqual([]);
  return simulate(checked.blueprint, { seed });
}

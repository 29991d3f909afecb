/**
 * 95 % intervals of quantities that cannot be negative (counts, waits, utilisation) never
 * reach below 0, and shares never above 1 (docs/results-format.md, 1.6).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { SHARE, estimate } from '../../src/sim/stats/confidence.ts';
import { simulate } from '../../src/sim/simulate.ts';

/** Every `ci95` pair anywhere in the results, with where it is. */
function intervals(value: unknown, path = '$'): { path: string; ci95: [number, number] }[] {
  if (value === null || typeof value !== 'object') return [];
  const found: { path: string; ci95: [number, number] }[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === 'ci95' && Array.isArray(child))
      found.push({ path, ci95: child as [number, number] });
    else found.push(...intervals(child, `${path}.${key}`));
  }
  return found;
}

describe('confidence intervals within the quantity’s range', () => {
  it('cut at 0 when the t interval would reach below it', () => {
    const { mean, ci95 } = estimate([0, 0, 0, 5]);
    expect(mean).toBe(1.25);
    expect(ci95![0]).toBe(0);
    expect(ci95![1]).toBeCloseTo(1.25 + 3.182 * Math.sqrt(6.25 / 4), 9);
  });

  it('cut at 1 for a share', () => {
    const { ci95 } = estimate([1, 1, 1, 0.6], SHARE);
    expect(ci95![1]).toBe(1);
    expect(ci95![0]).toBeLessThan(0.9);
  });

  it('leave an interval inside the range as Student’s t gives it', () => {
    const { ci95 } = estimate([4, 5, 6]);
    expect(ci95![0]).toBeCloseTo(5 - 4.303 / Math.sqrt(3), 12);
    expect(ci95![1]).toBeCloseTo(5 + 4.303 / Math.sqrt(3), 12);
  });

  it('never go below 0 anywhere in the results of a short run of the margin example', () => {
    const json = JSON.parse(
      readFileSync(
        new URL('../../blueprints/margin-account-opening.json', import.meta.url),
        'utf8',
      ),
    ) as Blueprint;
    const loaded = loadBlueprintValue(json);
    if (!loaded.ok) throw new Error('the example must load');
    const results = simulate(loaded.blueprint, { replications: 3 });
    const all = intervals(results);
    expect(all.length).toBeGreaterThan(20);
    for (const { path, ci95 } of all) expect(ci95[0], path).toBeGreaterThanOrEqual(0);
  });
});

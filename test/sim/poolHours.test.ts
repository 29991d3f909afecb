/**
 * A pool's utilization and cost are measured over its own hours, so one pool's figures do
 * not move when another pool keeps the day going after closing; work after closing is
 * overtime, reported apart.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { loadBlueprintValue } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { type BackOfficeBank, tellersWithBackOffice } from '../support/queues.ts';

const DAY_MINUTES = 8 * 60;

/** The tellers-with-back-office day (test/support/queues.ts), checked before use. */
function bankWithBackOffice(clerks: number, schedule?: BackOfficeBank['schedule']): Blueprint {
  const blueprint = tellersWithBackOffice({ clerks, schedule, replications: 20, seed: 11 });
  const checked = loadBlueprintValue(blueprint);
  expect(checked.ok && checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return blueprint;
}

describe("a pool's hours", () => {
  const one = simulate(bankWithBackOffice(1));
  const two = simulate(bankWithBackOffice(2));

  it('one clerk cannot keep up: the day runs past closing and the clerk works overtime', () => {
    const clerk = one.resources['back-office']!;
    // Offered 1.5 units against 1: about 0.5 × 480 minutes of filing are left at closing.
    expect(clerk.overtime.hours.mean).toBeGreaterThan(3);
    expect(clerk.overtime.cost.mean).toBeCloseTo(clerk.overtime.hours.mean * 30, 9);
    expect(clerk.utilization.mean).toBeGreaterThan(0.97);
    expect(two.resources['back-office']!.overtime.hours.mean).toBeLessThan(0.5);
  });

  it("a second back-office clerk leaves the tellers' utilization and cost unchanged", () => {
    const before = one.resources['serve-pool']!;
    const after = two.resources['serve-pool']!;
    const [low, high] = before.utilization.ci95!;
    const noise = (high - low) / 2;
    expect(Math.abs(after.utilization.mean - before.utilization.mean)).toBeLessThan(noise / 4);
    expect(before.utilization.mean).toBeGreaterThan(0.75);
    expect(before.utilization.mean).toBeLessThan(0.85);
    // Two tellers for the eight opening hours, busy or not, and nothing more.
    expect(before.cost.mean).toBeCloseTo(2 * 8 * 40, 6);
    expect(after.cost.mean).toBeCloseTo(2 * 8 * 40, 6);
    expect(before.capacity.mean).toBeCloseTo(2, 9);
    expect(before.busyUnits.mean).toBeCloseTo(before.utilization.mean * 2, 9);
  });

  it('a shift that ends after closing extends the pool’s hours to its end', () => {
    const results = simulate(bankWithBackOffice(0, [{ from: '13:00', to: '19:00', capacity: 2 }]));
    const clerks = results.resources['back-office']!;
    // 13:00–19:00 at 2 units: 12 unit-hours are paid; the hours run from 09:00 to 19:00.
    expect(clerks.cost.mean).toBeCloseTo(12 * 30, 6);
    expect(clerks.capacity.mean).toBeCloseTo((2 * 6 * 60) / (DAY_MINUTES + 120), 6);
  });
});

/** The staffing search's tries as a cost-against-wait trade-off. */
import { describe, expect, it } from 'vitest';
import type { StaffingTry } from '../../../src/app/staffing/findStaffing.ts';
import { tradeOff } from '../../../src/app/staffing/tradeOff.ts';

const tried = (
  units: number,
  share: number | null,
  cost: number | null,
  verdict: StaffingTry['verdict'] = 'not-met',
): StaffingTry => ({
  units,
  share:
    share === null ? null : { mean: share, ci95: [share - 0.02, share + 0.02], replications: 20 },
  verdict,
  waitMinutes: null,
  utilization: null,
  cost,
});

describe('tradeOff', () => {
  it('orders the counts tried (the search goes up, then down) with cost and % within', () => {
    const { points, costPerUnit } = tradeOff([
      tried(4, 0.6, 1607),
      tried(5, 0.84, 1967),
      tried(6, 0.95, 2327, 'met'),
      tried(3, 0.2, 1247),
    ]);
    expect(points.map((p) => p.units)).toEqual([3, 4, 5, 6]);
    expect(points[0]).toEqual({ units: 3, cost: 1247, withinPercent: 20, verdict: 'not-met' });
    expect(points[3]!.withinPercent).toBeCloseTo(95, 9);
    // (2327 − 1247) / (6 − 3): what one more teller adds to the day's cost.
    expect(costPerUnit).toBeCloseTo(360, 9);
  });

  it('has no cost per unit without two priced counts; nobody measured has no share', () => {
    expect(tradeOff([tried(2, null, 800)])).toEqual({
      points: [{ units: 2, cost: 800, withinPercent: null, verdict: 'not-met' }],
      costPerUnit: null,
    });
    expect(tradeOff([tried(2, 0.5, null), tried(3, 0.7, null)]).costPerUnit).toBeNull();
  });
});

/**
 * What a run costs, all pools together, and per visit served: hand-computed from the
 * pools' prices and hours, replication by replication.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { singleQueue, tellersWithBackOffice } from '../support/queues.ts';

/** Two tellers at 40 an hour and a clerk at 30, open 09:00–17:00; the clerk files every voucher. */
const bank = (clerkMean: number) =>
  tellersWithBackOffice({ clerks: 1, clerkMean, replications: 10, seed: 5 });

describe('the cost of a run', () => {
  it('is every pool in its hours plus overtime, per replication; per visit served divides it', () => {
    // The clerk is offered 1.5 units: the day runs past closing and the clerk's overtime is paid.
    const results = simulate(bank(1.5));
    const { totalCost, costPerServed, served } = results.perReplication.system;
    const pools = results.perReplication.resources;
    expect(results.resources['back-office']!.overtime.hours.mean).toBeGreaterThan(3);
    totalCost!.forEach((total, r) => {
      // 2 tellers × 8 h × 40 + 1 clerk × 8 h × 30 = 880, and each pool's overtime (the
      // tellers finish with whoever is at the counter at closing).
      const overtime =
        pools['serve-pool']!.overtimeCost[r]! + pools['back-office']!.overtimeCost[r]!;
      expect(total).toBeCloseTo(880 + overtime, 6);
      expect(costPerServed![r]).toBeCloseTo(total! / served[r]!, 9);
    });
    const mean = (list: (number | null)[]) =>
      list.reduce<number>((sum, value) => sum + value!, 0) / list.length;
    expect(results.system.cost!.total.mean).toBeCloseTo(mean(totalCost!), 9);
    expect(results.system.cost!.perServed.mean).toBeCloseTo(mean(costPerServed!), 9);
    expect(results.system.cost!.total.ci95![0]).toBeLessThan(results.system.cost!.total.mean);
  });

  it("a faster clerk costs less in every replication: the clerk's overtime is gone", () => {
    const slow = simulate(bank(1.5)).perReplication.system.totalCost!;
    const fast = simulate(bank(0.5)).perReplication.system.totalCost!;
    fast.forEach((total, r) => {
      expect(total).toBeGreaterThanOrEqual(880);
      expect(total).toBeLessThan(slow[r]! - 60); // over 2 h of the clerk's overtime at 30
    });
  });

  it('is absent when no pool has a price: a cost of 0 would read as free', () => {
    const results = simulate(
      singleQueue(
        1,
        2,
        { type: 'exponential', mean: 1.6 },
        { mode: 'day', open: '09:00', close: '17:00', replications: 3, seed: 1 },
      ),
    );
    expect(results.system.cost).toBeNull();
    expect(results.perReplication.system.totalCost).toBeUndefined();
    expect(results.perReplication.system.costPerServed).toBeUndefined();
  });
});

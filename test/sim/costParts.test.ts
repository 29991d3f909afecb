/**
 * Cost per class and outcome: each visit is charged its busy unit-time on priced pools,
 * the idle cost spread in proportion; hand-computed on a morning of known service times,
 * and the parts add up to all pools' cost in every replication.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { minimalBlueprint } from '../support/builders.ts';
import { tellersWithBackOffice } from '../support/queues.ts';

/**
 * One desk at 60 an hour (1 a minute), open 09:00–10:00. Two retail customers booked at
 * 09:00 take 10 minutes each, one VIP booked at 09:30 takes 20.
 */
function morning(): Blueprint {
  const blueprint = minimalBlueprint();
  blueprint.resources = [
    { id: 'tellers', kind: 'staff', label: 'Desk', capacity: 1, costPerHour: 60 },
  ];
  const serve = blueprint.steps[1]!;
  serve.duration = { type: 'fixed', value: 10 };
  serve.classDuration = { vip: { type: 'fixed', value: 20 } };
  delete blueprint.arrivals;
  blueprint.classes = [
    {
      id: 'retail',
      label: 'Retail',
      arrivals: { type: 'appointments', entry: 'arrive', slots: [{ at: '09:00', count: 2 }] },
    },
    {
      id: 'vip',
      label: 'VIP',
      arrivals: { type: 'appointments', entry: 'arrive', slots: [{ at: '09:30', count: 1 }] },
    },
  ];
  blueprint.run = { mode: 'day', open: '09:00', close: '10:00', replications: 2, seed: 1 };
  return blueprint;
}

describe('cost per class and outcome', () => {
  it('charges each visit its busy time and spreads the idle time by it', () => {
    const results = simulate(morning());
    const { system, classes } = results;
    // 60 minutes paid at 1 a minute; 40 busy (retail 2 × 10, VIP 20), 20 idle.
    expect(system.cost!.total.mean).toBeCloseTo(60, 9);
    expect(system.cost!.busy.mean).toBeCloseTo(40, 9);
    expect(system.cost!.idle.mean).toBeCloseTo(20, 9);
    // Each class has half the busy time, so half the idle: 20 + 10 each.
    const retail = classes.retail!.cost!;
    const vip = classes.vip!.cost!;
    expect(retail.busy.mean).toBeCloseTo(20, 9);
    expect(retail.idle.mean).toBeCloseTo(10, 9);
    expect(retail.total.mean).toBeCloseTo(30, 9);
    expect(retail.perServed.mean).toBeCloseTo(15, 9);
    expect(vip.total.mean).toBeCloseTo(30, 9);
    expect(vip.perServed.mean).toBeCloseTo(30, 9);
    expect(vip.outcomes.completed!.perVisit.mean).toBeCloseTo(30, 9);
    expect(system.cost!.outcomes.completed!.cost.mean).toBeCloseTo(60, 9);
    expect(system.cost!.outcomes.completed!.perVisit.mean).toBeCloseTo(20, 9);
    expect(system.cost!.abandoned.cost.mean).toBe(0);
    expect(results.perReplication.classes.vip!.costPerServed).toEqual([30, 30]);
    expect(results.perReplication.system.idleCost![0]).toBeCloseTo(20, 9);
  });

  it('adds up to all pools cost in every replication, background work and overtime included', () => {
    // Two tellers at 40 and a clerk at 30 who files every voucher after the customer left.
    const bank = tellersWithBackOffice({ clerks: 1, clerkMean: 1.5, replications: 6, seed: 3 });
    bank.classes = [
      { id: 'retail', label: 'Retail', share: 0.7, patience: { type: 'exponential', mean: 5 } },
      { id: 'business', label: 'Business', share: 0.3 },
    ];
    const results = simulate(bank);
    const { system, perReplication } = results;
    const classes = Object.keys(results.classes);
    perReplication.system.totalCost!.forEach((total, r) => {
      const byClass = classes.reduce((sum, id) => sum + perReplication.classes[id]!.cost![r]!, 0);
      expect(byClass).toBeCloseTo(total!, 6);
    });
    const cost = system.cost!;
    expect(cost.busy.mean + cost.idle.mean).toBeCloseTo(cost.total.mean, 6);
    const parts =
      Object.values(cost.outcomes).reduce((sum, part) => sum + part.cost.mean, 0) +
      cost.abandoned.cost.mean +
      cost.background.mean;
    expect(parts).toBeCloseTo(cost.total.mean, 6);
    // The clerk's work (about 1.5 minutes a voucher at 30 an hour) is background cost; those
    // who gave up in the queue never used a unit, so cost nothing.
    expect(cost.background.mean).toBeGreaterThan(0);
  });

  it('leaves a run without prices as it was: no cost anywhere', () => {
    const blueprint = morning();
    delete blueprint.resources![0]!.costPerHour;
    const results = simulate(blueprint);
    expect(results.system.cost).toBeNull();
    expect(results.classes.vip!.cost).toBeNull();
    expect(results.perReplication.classes.vip!.cost).toBeUndefined();
  });
});

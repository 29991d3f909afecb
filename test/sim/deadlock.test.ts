/**
 * Deadlocks in a run: customers who keep one pool (keepUntil) while queueing for another
 * can wait for each other for ever. The engine notices when it happens, stops the
 * customers caught in it as stuck so the run goes on, and says so with a warning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintText } from '../../src/model/index.ts';
import { formatReport } from '../../src/cli/report.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { crossedHolds, oppositeOrders } from '../support/deadlocks.ts';
import { checked, day, events, fixed, step } from '../support/scenarios.ts';

const codes = (blueprint: Blueprint, options = {}) =>
  simulate(checked(blueprint), options).warnings.map((w) => w.code);

/** A steady run with Poisson arrivals at `perHour` where the booked customers entered. */
function steady(blueprint: Blueprint, perHour: number): Blueprint {
  const poisson = (entry: string) => ({ type: 'poisson' as const, entry, perHour });
  return {
    ...blueprint,
    ...(blueprint.arrivals && { arrivals: poisson(blueprint.arrivals.entry) }),
    classes: blueprint.classes?.map((c) => ({ ...c, arrivals: poisson(c.arrivals!.entry) })),
    run: { mode: 'steady', horizon: 3000, warmup: 200, replications: 4, seed: 7 },
  };
}

describe('deadlocks in a run', () => {
  it('warns when two customers each keep the clerk the other waits for', () => {
    const results = simulate(checked(crossedHolds()));
    expect(results.warnings).toEqual([
      {
        code: 'deadlock',
        params: {
          pools: ['counter', 'office'],
          steps: ['check', 'sign'],
          after: 6,
          count: 1,
          replications: 1,
        },
      },
    ]);
  });

  it('stops the customer who closed the circle as stuck, and the other goes on', () => {
    expect(events(crossedHolds())).toEqual([
      '1 hand-over arrive 0.00',
      '1 hand-over start 0.00',
      '1 hand-over end 2.00',
      '1 check start 2.00',
      '2 hand-over arrive 3.00',
      '2 hand-over queue 3.00',
      '1 check end 4.00',
      '2 hand-over start 4.00', // the counter is released to the one waiting
      '1 sign queue 4.00', // keeping the back office, behind customer 2
      '2 hand-over end 6.00',
      '2 check queue 6.00', // keeping the counter: both wait for each other
      '2 check stuck 6.00',
      '1 sign start 6.00',
      '1 sign end 7.00',
      '1 sign exit 7.00',
    ]);
    const results = simulate(checked(crossedHolds()));
    expect(results.steps.check!.stuck).toBe(1);
    expect(results.system.inSystemAtEnd.mean).toBe(0);
  });

  it('catches holds taken in opposite orders by two classes', () => {
    const results = simulate(checked(oppositeOrders()));
    const deadlock = results.warnings.find((w) => w.code === 'deadlock');
    expect(deadlock?.params).toMatchObject({
      pools: ['counter', 'office'],
      after: 3,
      count: 1,
      replications: 1,
    });
    expect(results.warnings.map((w) => w.code)).not.toContain('customers-stuck');
  });

  it('counts units kept for a passed-over customer among those that never come back', () => {
    // Two-unit "branch" pool: a long one-unit job, then a customer who needs both units and
    // is passed over by one who keeps a unit while queueing for the single "vault"; a third
    // keeps the vault while queueing for one branch unit, behind the passed-over customer,
    // for whom the units are reserved: nobody can go on.
    const exit = { outcome: 'completed' } as const;
    const slot = (id: string, entry: string, at: string) => ({
      id,
      label: id,
      arrivals: { type: 'appointments' as const, entry, slots: [{ at }] },
    });
    const blueprint: Blueprint = {
      ...day(
        [
          step('long-job', { duration: fixed(10), resource: { pool: 'branch' }, exit }),
          step('both-units', { duration: fixed(1), resource: { pool: 'branch', units: 2 }, exit }),
          step('x-branch', {
            duration: fixed(1),
            resource: { pool: 'branch', keepUntil: 'x-vault' },
          }),
          step('x-vault', { duration: fixed(1), resource: { pool: 'vault' }, exit }),
          step('y-vault', {
            duration: fixed(1),
            resource: { pool: 'vault', keepUntil: 'y-branch' },
          }),
          step('y-branch', { duration: fixed(1), resource: { pool: 'branch' }, exit }),
        ],
        [
          { id: 'f1', from: 'x-branch', to: 'x-vault' },
          { id: 'f2', from: 'y-vault', to: 'y-branch' },
        ],
        ['09:00'],
        [
          { id: 'branch', kind: 'staff', label: 'Branch', capacity: 2 },
          { id: 'vault', kind: 'space', label: 'Vault', capacity: 1 },
        ],
      ),
      arrivals: undefined,
      classes: [
        slot('z', 'long-job', '09:00'),
        slot('f', 'both-units', '09:01'),
        slot('x', 'x-branch', '09:02'),
        slot('y', 'y-vault', '09:02'),
      ],
    };
    const results = simulate(checked(blueprint));
    expect(results.warnings.map((w) => w.code)).toEqual(['deadlock']);
    expect(results.system.inSystemAtEnd.mean).toBe(0);
  });

  it('keeps a steady run going through repeated deadlocks, counting every customer stopped', () => {
    const results = simulate(checked(steady(crossedHolds(), 20)));
    const deadlock = results.warnings.find((w) => w.code === 'deadlock');
    expect(deadlock).toBeDefined();
    if (deadlock?.code !== 'deadlock') return;
    expect(deadlock.params.replications).toBe(4);
    const stuck = Object.values(results.steps).reduce((sum, step) => sum + step.stuck, 0);
    expect(deadlock.params.count).toBe(stuck);
    expect(deadlock.params.count).toBeGreaterThan(4);
    expect(results.system.counts.served.mean).toBeGreaterThan(100); // the others keep being served
  });

  it('says nothing when customers hold one pool while queueing for a busy one that nobody holds', () => {
    const blueprint = oppositeOrders();
    delete blueprint.steps[2]!.resource!.keepUntil; // loans no longer keep the back office
    expect(codes(steady(blueprint, 30))).not.toContain('deadlock');
  });
});

describe('examples that keep a pool across steps', () => {
  const folder = new URL('../../blueprints/', import.meta.url);
  for (const name of [
    'counter-deposit.json',
    'client-reception.json',
    'loan-application.json',
    'margin-account-opening.json',
  ]) {
    it(`${name} runs without a deadlock`, () => {
      const loaded = loadBlueprintText(readFileSync(new URL(name, folder), 'utf8'));
      if (!loaded.ok) throw new Error(name);
      expect(codes(loaded.blueprint, { replications: 3 })).not.toContain('deadlock');
    });
  }
});

describe('the command line’s report', () => {
  it('words the deadlock with the ids of the pools and steps', () => {
    const blueprint = checked(crossedHolds());
    const report = formatReport(blueprint, simulate(blueprint), 'en');
    expect(report).toContain(
      'Deadlock: customers kept one pool while they queued for another and waited for each other for ever (counter, office; stuck in the queues of check, sign), first 6 min after the start. Replications with a deadlock: 1. Stopped and counted as stuck so that the run could go on: 1 customers.',
    );
  });
});

/** Whole runs: reproducibility, memory, playback and stability reporting. */
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/sim/compile.ts';
import { Simulation } from '../../src/sim/engine.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { snapshot } from '../../src/sim/snapshot.ts';
import { singleQueue, steadyRun } from '../support/queues.ts';
import { checked, day, fixed, step } from '../support/scenarios.ts';

describe('reproducible', () => {
  const deposit = () => {
    const blueprint = singleQueue(0.8, 1, { type: 'exponential', mean: 1 }, steadyRun(5_000, 3, 7));
    return checked(blueprint);
  };

  it('gives identical results for the same seed and different ones for another', () => {
    expect(JSON.stringify(simulate(deposit()))).toBe(JSON.stringify(simulate(deposit())));
    expect(JSON.stringify(simulate(deposit(), { seed: 8 }))).not.toBe(
      JSON.stringify(simulate(deposit())),
    );
  });

  it('keeps every other stream when one step changes (common random numbers)', () => {
    const base = checked(
      day(
        [
          step('serve', {
            duration: { type: 'exponential', mean: 2 },
            resource: { pool: 'tellers' },
            exit: { outcome: 'completed' },
          }),
          step('file', { lane: 'backstage', duration: fixed(1), resource: { pool: 'clerk' } }),
        ],
        [{ id: 'bg', from: 'serve', to: 'file', background: true }],
        ['09:00'],
        [
          { id: 'tellers', kind: 'staff', label: 'T', capacity: 2 },
          { id: 'clerk', kind: 'staff', label: 'C', capacity: 1 },
        ],
      ),
    );
    base.arrivals = { type: 'poisson', entry: 'serve', perHour: 50 };
    const changed = structuredClone(base);
    changed.steps[1]!.duration = { type: 'lognormal', mean: 1, sd: 0.5 };
    const a = simulate(base);
    const b = simulate(changed);
    expect(b.system.arrived).toBe(a.system.arrived);
    // The customers' experience is the same draw for draw; only the filing differs.
    // (Time averages are not compared: the day lasts until the last filing is done.)
    expect(b.steps.serve!.wait).toEqual(a.steps.serve!.wait);
    expect(b.steps.serve!.visits).toEqual(a.steps.serve!.visits);
    expect(b.system.timeInSystem).toEqual(a.system.timeInSystem);
    expect(b.steps.file!.wait).not.toEqual(a.steps.file!.wait);
  });
});

describe('streaming, not storing', () => {
  it('reuses customer slots: 100 000 customers through M/M/1 need only as many slots as were present at once', () => {
    const model = compile(
      checked(singleQueue(0.5, 1, { type: 'exponential', mean: 1 }, steadyRun(200_000, 1, 3))),
    );
    const simulation = new Simulation(model, 0);
    simulation.runToEnd();
    expect(simulation.stats.system.arrived).toBeGreaterThan(90_000);
    expect(simulation.state.people.slots).toBeLessThan(100);
  });
});

describe('playback', () => {
  const model = () =>
    compile(
      checked(singleQueue(0.9, 1, { type: 'exponential', mean: 1 }, steadyRun(10_000, 1, 11))),
    );

  it('advances to a time and stops there', () => {
    const simulation = new Simulation(model(), 0);
    simulation.advanceTo(120);
    expect(simulation.now).toBe(120);
    expect(simulation.stats.system.arrived).toBeGreaterThan(60);
  });

  it('a capacity change applies from now on and empties the queue', () => {
    const simulation = new Simulation(model(), 0);
    simulation.setArrivalMultiplier(2); // overload: the queue builds
    simulation.advanceTo(300);
    const waiting = simulation.state.pools.waiting[0]!;
    expect(waiting).toBeGreaterThan(20);
    simulation.setCapacity(0, 4);
    expect(simulation.state.pools.busy[0]).toBe(4);
    simulation.advanceTo(400);
    expect(simulation.state.pools.waiting[0]!).toBeLessThan(waiting / 4);
  });

  it('an arrival rate change applies from now on', () => {
    const slow = new Simulation(model(), 0);
    const fast = new Simulation(model(), 0);
    fast.setArrivalMultiplier(3);
    // Before the warm-up ends at 1000 minutes, when the counters restart.
    slow.advanceTo(900);
    fast.advanceTo(900);
    const ratio = fast.stats.system.arrived / slow.stats.system.arrived;
    expect(ratio).toBeGreaterThan(2.7);
    expect(ratio).toBeLessThan(3.3);
  });
});

describe('playback snapshots', () => {
  it('agree with the engine: everyone present is waiting or being served, queues in order', () => {
    const model = compile(
      checked(singleQueue(1.5, 1, { type: 'exponential', mean: 1 }, steadyRun(10_000, 1, 4))),
    );
    const simulation = new Simulation(model, 0);
    simulation.advanceTo(200);
    const view = snapshot(simulation);
    expect(view.clock).toBe(200);
    expect(view.pools['serve-pool']).toEqual({
      capacity: 1,
      busy: 1,
      waiting: view.queues.serve!.length,
    });
    const waiting = view.customers.filter((c) => c.state === 'waiting');
    expect(waiting.map((c) => c.caseId).sort((a, b) => a - b)).toEqual(
      [...view.queues.serve!].sort((a, b) => a - b),
    );
    expect(view.queues.serve).toEqual([...view.queues.serve!].sort((a, b) => a - b)); // first come, first in line
    expect(view.customers.filter((c) => c.state === 'served')).toHaveLength(1);
    expect(view.counters.inSystem).toBe(view.customers.length);
    expect(view.counters.arrived - view.counters.served - view.counters.abandoned).toBe(
      view.customers.length,
    );
  });
});

describe('unstable pools', () => {
  it('in a steady state, an overloaded pool is reported and its waits are not', () => {
    const results = simulate(
      checked(singleQueue(1.1, 1, { type: 'exponential', mean: 1 }, steadyRun(5_000, 2, 1))),
    );
    expect(results.steps.serve!.unstable).toBe(true);
    expect(results.steps.serve!.wait).toBeNull();
    expect(results.warnings).toEqual([
      {
        code: 'pool-unstable',
        params: { pool: 'serve-pool', load: 1.1, capacity: 1, utilization: 1.1 },
      },
    ]);
  });

  it('in a business day, an overloaded period is a warning but the waits are real', () => {
    const results = simulate(
      checked(
        singleQueue(
          1.1,
          1,
          { type: 'exponential', mean: 1 },
          { mode: 'day', open: '09:00', close: '12:00', replications: 2, seed: 1 },
        ),
      ),
    );
    expect(results.steps.serve!.wait!.mean).toBeGreaterThan(5);
    expect(results.warnings).toMatchObject([
      { code: 'pool-overloaded-day', params: { pool: 'serve-pool', capacity: 1 } },
    ]);
    const [warning] = results.warnings;
    if (warning?.code !== 'pool-overloaded-day') throw new Error('expected an overload');
    expect(warning.params.utilization).toBeCloseTo(1.1, 12);
  });

  it('in a steady state, impatient customers keep an overloaded queue finite', () => {
    const blueprint = singleQueue(1.1, 1, { type: 'exponential', mean: 1 }, steadyRun(5_000, 2, 1));
    blueprint.classes = [
      { id: 'retail', label: 'Retail', share: 1, patience: { type: 'exponential', mean: 5 } },
    ];
    const results = simulate(checked(blueprint));
    expect(results.steps.serve!.wait!.mean).toBeLessThan(5);
    expect(results.resources['serve-pool']!.unstable).toBeUndefined();
    expect(results.warnings.map((w) => w.code)).toEqual(['pool-overloaded-impatient']);
  });
});

/**
 * A day's batch against queueing theory: n items of exponential work (mean m) on c units,
 * all there when the batch begins. While items wait, all c units are busy and items finish
 * at rate c/m; after the last item starts, the c − 1 still in hand finish at rates
 * (c − 1)/m, …, 1/m (memoryless). So the batch takes
 *   E = (n − c + 1)·m/c + m·(1/1 + … + 1/(c − 1)),
 *   Var = (n − c + 1)·(m/c)² + m²·(1/1² + … + 1/(c − 1)²),
 * and with one unit, the Erlang sum of n exponentials (n·m, n·m²). The batch's time is
 * read off the engine: a business day with a batch at closing ends when the last item is
 * done. Several seeds, many replications each.
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import { compile } from '../../src/sim/compile.ts';
import { Simulation } from '../../src/sim/engine.ts';
import { checked } from '../support/scenarios.ts';

const CLOSE = 17 * 60;

function batchDay(items: number, units: number, mean: number, seed: number): Blueprint {
  return {
    format: 'blueprint-lab',
    version: 4,
    id: 'makespan',
    name: 'Makespan',
    steps: [
      {
        id: 'file',
        kind: 'action',
        lane: 'backstage',
        label: 'File',
        duration: { type: 'exponential', mean },
        resource: { pool: 'clerks' },
        batch: { at: 'closing' },
        exit: { outcome: 'completed' },
      },
    ],
    flows: [],
    resources: [{ id: 'clerks', kind: 'staff', label: 'Clerks', capacity: units }],
    arrivals: { type: 'appointments', entry: 'file', slots: [{ at: '10:00', count: items }] },
    run: { mode: 'day', open: '09:00', close: '17:00', replications: 1, seed },
  };
}

function theory(n: number, c: number, m: number): { mean: number; variance: number } {
  let mean = ((n - c + 1) * m) / c;
  let variance = (n - c + 1) * (m / c) ** 2;
  for (let k = 1; k < c; k++) {
    mean += m / k;
    variance += (m / k) ** 2;
  }
  return { mean, variance };
}

/** The batch's length in each replication: the day's end past closing. */
function makespans(n: number, c: number, m: number, seed: number, replications: number): number[] {
  const model = compile(checked(batchDay(n, c, m, seed)));
  return Array.from({ length: replications }, (_, r) => {
    const simulation = new Simulation(model, r);
    simulation.runToEnd();
    expect(simulation.stats.steps[0]!.batchItems).toBe(n);
    return simulation.now - CLOSE;
  });
}

describe('a batch of n exponential items on c units', () => {
  for (const [n, c, m] of [
    [20, 3, 2],
    [12, 1, 1.5],
    [5, 4, 3],
  ] as const) {
    it(`${n} items of mean ${m} min on ${c} units: mean and variance of the batch's time`, () => {
      const expected = theory(n, c, m);
      for (const seed of [1, 2, 3]) {
        const times = makespans(n, c, m, seed, 1500);
        const mean = times.reduce((a, b) => a + b, 0) / times.length;
        const variance = times.reduce((a, b) => a + (b - mean) ** 2, 0) / (times.length - 1);
        const standardError = Math.sqrt(expected.variance / times.length);
        expect(Math.abs(mean - expected.mean), `seed ${seed} mean`).toBeLessThan(4 * standardError);
        expect(variance / expected.variance, `seed ${seed} variance`).toBeGreaterThan(0.82);
        expect(variance / expected.variance, `seed ${seed} variance`).toBeLessThan(1.18);
      }
    });
  }
});

/**
 * The simulator against queueing theory. Each test runs a textbook system and requires
 * the closed-form value inside the simulation's 95 % confidence interval and within 3 %.
 * Run lengths are stated in each test (steady state, 10 replications, a tenth warm-up).
 */
import { describe, expect, it } from 'vitest';
import {
  distributionMoments,
  jackson,
  md1,
  mg1,
  mmc,
  priorityMmc,
} from '../../src/analysis/index.ts';
import { loadBlueprintValue } from '../../src/model/index.ts';
import type { Blueprint } from '../../src/model/index.ts';
import type { DurationStats } from '../../src/sim/results.ts';
import { simulate } from '../../src/sim/simulate.ts';
import {
  priorityQueue,
  reworkQueue,
  singleQueue,
  steadyRun,
  tandemQueue,
} from '../support/queues.ts';

function run(blueprint: Blueprint) {
  const checked = loadBlueprintValue(blueprint);
  expect(checked.ok && checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return simulate(blueprint);
}

/** The analytic value must lie in the interval and within `tolerance` of the estimate. */
function expectAgreement(
  measured: { mean: number; ci95: [number, number] | null } | DurationStats | null | undefined,
  expected: number,
  tolerance = 0.03,
): void {
  expect(measured).toBeTruthy();
  const { mean, ci95 } = measured!;
  expect(ci95, 'a confidence interval').not.toBeNull();
  expect(expected, `expected ${expected} in [${ci95![0]}, ${ci95![1]}]`).toBeGreaterThanOrEqual(
    ci95![0],
  );
  expect(expected, `expected ${expected} in [${ci95![0]}, ${ci95![1]}]`).toBeLessThanOrEqual(
    ci95![1],
  );
  expect(
    Math.abs(mean - expected) / expected,
    `${mean} within ${tolerance * 100} % of ${expected}`,
  ).toBeLessThanOrEqual(tolerance);
}

function stable<T extends { stable: boolean }>(result: T): Extract<T, { stable: true }> {
  if (!result.stable) throw new Error('expected a stable system');
  return result as Extract<T, { stable: true }>;
}

const exponential = (mean: number) => ({ type: 'exponential' as const, mean });

describe('M/M/c waits match Erlang C', () => {
  it.each([
    [1, 0.5, 100_000],
    [1, 0.9, 400_000],
    [3, 0.5, 100_000],
    [3, 0.9, 200_000],
  ])('c = %i, ρ = %f over %i minutes', (servers, rho, horizon) => {
    const lambda = rho * servers;
    const results = run(singleQueue(lambda, servers, exponential(1), steadyRun(horizon)));
    const theory = stable(mmc({ arrivalRate: lambda, serviceRate: 1, servers }));
    expectAgreement(results.steps.serve!.wait, theory.meanWaitInQueue);
    expectAgreement(results.resources['serve-pool']!.utilization, rho, 0.01);
  });
});

describe('M/G/1 waits match Pollaczek–Khinchine', () => {
  it('M/D/1 at ρ = 0.5 over 100 000 minutes', () => {
    const results = run(singleQueue(0.5, 1, { type: 'fixed', value: 1 }, steadyRun(100_000)));
    expectAgreement(
      results.steps.serve!.wait,
      stable(md1({ arrivalRate: 0.5, serviceMinutes: 1 })).meanWaitInQueue,
    );
  });

  it('lognormal service (mean 1, sd 1.5) at ρ = 0.7 over 400 000 minutes', () => {
    const service = { type: 'lognormal' as const, mean: 1, sd: 1.5 };
    const results = run(singleQueue(0.7, 1, service, steadyRun(400_000)));
    const theory = stable(mg1({ arrivalRate: 0.7, service: distributionMoments(service) }));
    expectAgreement(results.steps.serve!.wait, theory.meanWaitInQueue);
  });
});

describe('networks match Jackson', () => {
  it('a tandem of two M/M/1 stations (ρ = 0.6 and 0.8) over 200 000 minutes', () => {
    const stations = [
      { id: 'first', servers: 1, service: exponential(0.6) },
      { id: 'second', servers: 1, service: exponential(0.8) },
    ];
    const results = run(tandemQueue(1, stations, steadyRun(200_000)));
    const theory = stable(
      jackson({
        stations: [
          { externalArrivalRate: 1, servers: 1, serviceRate: 1 / 0.6 },
          { externalArrivalRate: 0, servers: 1, serviceRate: 1 / 0.8 },
        ],
        routing: [
          [0, 1],
          [0, 0],
        ],
      }),
    );
    expectAgreement(results.steps.first!.wait, theory.stations[0]!.meanWaitInQueue);
    expectAgreement(results.steps.second!.wait, theory.stations[1]!.meanWaitInQueue);
    expectAgreement(results.system.timeInSystem, theory.meanTimeInSystem);
  });

  it('10 % rework feeds back λ/(1 − p) over 200 000 minutes', () => {
    const results = run(reworkQueue(0.72, 0.1, exponential(1), steadyRun(200_000)));
    const lambda = 0.72 / 0.9;
    const theory = stable(mmc({ arrivalRate: lambda, serviceRate: 1, servers: 1 }));
    expectAgreement(results.steps.serve!.wait, theory.meanWaitInQueue);
    const visitsPerCustomer = results.steps.serve!.visits.mean / results.steps.done!.visits.mean;
    expect(visitsPerCustomer).toBeCloseTo(1 / 0.9, 2);
  });
});

describe('priority classes match Cobham', () => {
  it('two classes on M/M/2 (ρ = 0.3 + 0.5) over 200 000 minutes', () => {
    const results = run(priorityQueue([0.6, 1.0], 2, 1, steadyRun(200_000)));
    const theory = stable(priorityMmc({ arrivalRates: [0.6, 1.0], serviceRate: 1, servers: 2 }));
    expectAgreement(results.classes.high!.wait, theory.classes[0]!.meanWaitInQueue);
    expectAgreement(results.classes.low!.wait, theory.classes[1]!.meanWaitInQueue);
  });
});

describe('balking matches M/M/1/K', () => {
  it('joining only below 4 waiting gives the loss probability of M/M/1/5', () => {
    const blueprint = singleQueue(0.9, 1, exponential(1), steadyRun(200_000));
    blueprint.classes = [{ id: 'walk-in', label: 'Walk-in', share: 1, balkAt: 4 }];
    const results = run(blueprint);
    const rho = 0.9;
    const K = 5; // one in service and four waiting
    const blocking = ((1 - rho) * rho ** K) / (1 - rho ** (K + 1));
    const balked = results.steps.serve!.balks.mean / results.system.arrived;
    expect(Math.abs(balked - blocking) / blocking).toBeLessThan(0.03);
  });
});

describe('the confidence intervals are honest', () => {
  it('cover the true M/M/1 wait in about 95 % of independent runs (40 seeds, 20 000 minutes each)', () => {
    const truth = stable(mmc({ arrivalRate: 0.5, serviceRate: 1, servers: 1 })).meanWaitInQueue;
    let covered = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const results = simulate(singleQueue(0.5, 1, exponential(1), steadyRun(20_000, 10, seed)));
      const [low, high] = results.steps.serve!.wait!.ci95!;
      if (low <= truth && truth <= high) covered++;
    }
    // Binomial(40, 0.95): fewer than 34 happens with probability below 1 %.
    expect(covered).toBeGreaterThanOrEqual(34);
  });
});

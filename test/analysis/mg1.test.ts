/** Pollaczek–Khinchine for M/G/1 against M/M/1, M/D/1 and textbook values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Mg1Result,
  type Mg1Stable,
  distributionMoments,
  md1,
  mg1,
  mm1,
} from '../../src/analysis/index.ts';
import { relativeDifference } from './reference.ts';

function stable(result: Mg1Result): Mg1Stable {
  if (!result.stable) throw new Error(`expected a stable queue, got ρ = ${result.utilization}`);
  return result;
}

describe('M/D/1', () => {
  it('ρ = 0.5, μ = 1: Wq = 0.5, W = 1.5, Lq = 0.25, L = 0.75', () => {
    const q = stable(md1({ arrivalRate: 0.5, serviceMinutes: 1 }));
    expect(q.utilization).toBe(0.5);
    expect(q.meanWaitInQueue).toBeCloseTo(0.5, 15);
    expect(q.meanTimeInSystem).toBeCloseTo(1.5, 15);
    expect(q.meanQueueLength).toBeCloseTo(0.25, 15);
    expect(q.meanNumberInSystem).toBeCloseTo(0.75, 15);
  });

  it('waits half as long as M/M/1 at the same load', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 0.99, noNaN: true }),
        (serviceMinutes, rho) => {
          const arrivalRate = rho / serviceMinutes;
          const d = stable(md1({ arrivalRate, serviceMinutes }));
          const m = mm1({ arrivalRate, serviceRate: 1 / serviceMinutes });
          if (!m.stable) throw new Error('M/M/1 should be stable');
          expect(relativeDifference(d.meanWaitInQueue, m.meanWaitInQueue / 2)).toBeLessThan(1e-9);
        },
      ),
    );
  });
});

describe('Pollaczek–Khinchine', () => {
  it('exponential service gives exactly the M/M/1 results', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (mu, rho) => {
          const lambda = rho * mu;
          const pk = stable(
            mg1({
              arrivalRate: lambda,
              service: distributionMoments({ type: 'exponential', mean: 1 / mu }),
            }),
          );
          const mm = mm1({ arrivalRate: lambda, serviceRate: mu });
          if (!mm.stable) throw new Error('M/M/1 should be stable');
          expect(pk.meanWaitInQueue).toBeCloseTo(mm.meanWaitInQueue, 9);
          expect(pk.meanTimeInSystem).toBeCloseTo(mm.meanTimeInSystem, 9);
          expect(pk.meanNumberInSystem).toBeCloseTo(mm.meanNumberInSystem, 9);
          expect(pk.probabilityOfWaiting).toBeCloseTo(mm.probabilityOfWaiting, 12);
        },
      ),
    );
  });

  it('uniform [0, 2] service at λ = 0.25: E[S²] = 4/3, Wq = 2/9', () => {
    const q = stable(
      mg1({ arrivalRate: 0.25, service: distributionMoments({ type: 'uniform', min: 0, max: 2 }) }),
    );
    expect(q.serviceSecondMoment).toBeCloseTo(4 / 3, 15);
    expect(q.meanWaitInQueue).toBeCloseTo(2 / 9, 15);
  });

  it('Erlang-k service (gamma, cv = 1/√k): Wq = ((1 + 1/k)/2)·(ρ/(1 − ρ))·E[S]', () => {
    for (const k of [1, 2, 4, 9]) {
      const q = stable(
        mg1({
          arrivalRate: 0.15,
          service: distributionMoments({ type: 'gamma', mean: 5, cv: 1 / Math.sqrt(k) }),
        }),
      );
      const rho = 0.75;
      expect(q.meanWaitInQueue).toBeCloseTo(((1 + 1 / k) / 2) * (rho / (1 - rho)) * 5, 12);
    }
  });

  it('more variable service means longer waits at the same mean', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 0.95, noNaN: true }),
        (v1, v2, rho) => {
          const [low, high] = v1 <= v2 ? [v1, v2] : [v2, v1];
          const a = stable(mg1({ arrivalRate: rho, service: { mean: 1, variance: low } }));
          const b = stable(mg1({ arrivalRate: rho, service: { mean: 1, variance: high } }));
          expect(b.meanWaitInQueue).toBeGreaterThanOrEqual(a.meanWaitInQueue);
          expect(a.meanNumberInSystem).toBeCloseTo(a.meanQueueLength + rho, 12);
        },
      ),
    );
  });

  it('ρ ≥ 1 says unstable; malformed input throws', () => {
    expect(md1({ arrivalRate: 1, serviceMinutes: 1 })).toEqual({
      stable: false,
      reason: 'overloaded',
      utilization: 1,
    });
    expect(mg1({ arrivalRate: 0.5, service: { mean: 3, variance: 1 } }).stable).toBe(false);
    expect(() => mg1({ arrivalRate: 0.5, service: { mean: 1, variance: -1 } })).toThrow(RangeError);
    expect(() => md1({ arrivalRate: Infinity, serviceMinutes: 1 })).toThrow(RangeError);
  });
});

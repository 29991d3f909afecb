/**
 * M/M/c and M/M/1 against numbers known independently: textbook closed forms, exact
 * rational evaluations of the direct Erlang C sum (Python `fractions`, quoted below), and
 * the direct sum in log space (reference.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MmcResult,
  type MmcStable,
  erlangB,
  erlangC,
  mm1,
  mmc,
  probabilityWaitExceeds,
  waitQuantile,
} from '../../src/analysis/index.ts';
import { erlangCDirect, relativeDifference } from './reference.ts';

function stable(result: MmcResult): MmcStable {
  if (!result.stable) throw new Error(`expected a stable queue, got ρ = ${result.utilization}`);
  return result;
}

describe('M/M/1', () => {
  it('λ = 0.5, μ = 1: Wq = 1, W = 2, Lq = 0.5, L = 1, P(wait) = 0.5', () => {
    const q = stable(mm1({ arrivalRate: 0.5, serviceRate: 1 }));
    expect(q.utilization).toBe(0.5);
    expect(q.probabilityOfWaiting).toBeCloseTo(0.5, 14);
    expect(q.meanWaitInQueue).toBeCloseTo(1, 14);
    expect(q.meanTimeInSystem).toBeCloseTo(2, 14);
    expect(q.meanQueueLength).toBeCloseTo(0.5, 14);
    expect(q.meanNumberInSystem).toBeCloseTo(1, 14);
  });

  it('ρ = 0.9, μ = 1: Wq = 9, W = 10, L = 9', () => {
    const q = stable(mm1({ arrivalRate: 0.9, serviceRate: 1 }));
    expect(q.meanWaitInQueue).toBeCloseTo(9, 12);
    expect(q.meanTimeInSystem).toBeCloseTo(10, 12);
    expect(q.meanNumberInSystem).toBeCloseTo(9, 12);
  });

  it('service 4 minutes (μ = 0.25), 1 arrival every 5 minutes: Wq = 16, W = 20', () => {
    const q = stable(mm1({ arrivalRate: 0.2, serviceRate: 0.25 }));
    expect(q.meanWaitInQueue).toBeCloseTo(16, 11);
    expect(q.meanTimeInSystem).toBeCloseTo(20, 11);
  });

  it('is the c = 1 case with Wq = ρ/(μ − λ) for any stable λ < μ', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 0.995, noNaN: true }),
        (mu, rho) => {
          const lambda = rho * mu;
          const q = stable(mm1({ arrivalRate: lambda, serviceRate: mu }));
          expect(q.servers).toBe(1);
          const utilization = lambda / mu;
          expect(relativeDifference(q.meanWaitInQueue, utilization / (mu - lambda))).toBeLessThan(
            1e-9,
          );
          expect(relativeDifference(q.meanTimeInSystem, 1 / (mu - lambda))).toBeLessThan(1e-9);
        },
      ),
    );
  });
});

describe('M/M/c', () => {
  it('M/M/3, λ = 2.7, μ = 1 (ρ = 0.9): C ≈ 0.8171, Wq ≈ 2.7236', () => {
    const q = stable(mmc({ arrivalRate: 2.7, serviceRate: 1, servers: 3 }));
    expect(q.utilization).toBeCloseTo(0.9, 14);
    // Exact rational evaluation of the direct sum: C = 32.805 / 40.15.
    expect(q.probabilityOfWaiting).toBeCloseTo(0.8170610211706102, 12);
    expect(q.probabilityOfWaiting).toBeCloseTo(erlangCDirect(3, 2.7), 12);
    expect(q.meanWaitInQueue).toBeCloseTo(2.723536737235367, 11);
    expect(q.meanTimeInSystem).toBeCloseTo(3.723536737235367, 11);
    expect(q.meanQueueLength).toBeCloseTo(2.7 * 2.723536737235367, 10);
    expect(q.meanNumberInSystem).toBeCloseTo(2.7 * 2.723536737235367 + 2.7, 10);
  });

  it('M/M/3, λ = 1.5, μ = 1 (ρ = 0.5): C = 9/38, Wq = 3/19', () => {
    const q = stable(mmc({ arrivalRate: 1.5, serviceRate: 1, servers: 3 }));
    expect(q.probabilityOfWaiting).toBeCloseTo(9 / 38, 14);
    expect(q.meanWaitInQueue).toBeCloseTo(3 / 19, 14);
    expect(q.meanTimeInSystem).toBeCloseTo(1 + 3 / 19, 14);
  });

  it('M/M/2, λ = 1.5, μ = 1: C = 9/14 (= 2ρ²/(1 + ρ)), Wq = 9/7', () => {
    const q = stable(mmc({ arrivalRate: 1.5, serviceRate: 1, servers: 2 }));
    expect(q.probabilityOfWaiting).toBeCloseTo(9 / 14, 14);
    expect(q.meanWaitInQueue).toBeCloseTo(9 / 7, 14);
  });

  it('scales with the time unit: halving μ and λ doubles every time and keeps every length', () => {
    const fast = stable(mmc({ arrivalRate: 2.7, serviceRate: 1, servers: 3 }));
    const slow = stable(mmc({ arrivalRate: 1.35, serviceRate: 0.5, servers: 3 }));
    expect(slow.meanWaitInQueue).toBeCloseTo(2 * fast.meanWaitInQueue, 12);
    expect(slow.meanTimeInSystem).toBeCloseTo(2 * fast.meanTimeInSystem, 12);
    expect(slow.meanQueueLength).toBeCloseTo(fast.meanQueueLength, 12);
  });

  it('no arrivals: nobody waits, time in system is one service', () => {
    const q = stable(mmc({ arrivalRate: 0, serviceRate: 0.25, servers: 4 }));
    expect(q.probabilityOfWaiting).toBe(0);
    expect(q.meanWaitInQueue).toBe(0);
    expect(q.meanTimeInSystem).toBe(4);
    expect(q.meanNumberInSystem).toBe(0);
  });

  it('satisfies Little: Lq = λWq, L = λW, and L = Lq + a', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (servers, mu, rho) => {
          const q = stable(mmc({ arrivalRate: rho * servers * mu, serviceRate: mu, servers }));
          expect(q.meanQueueLength).toBeCloseTo(q.arrivalRate * q.meanWaitInQueue, 9);
          expect(q.meanNumberInSystem).toBeCloseTo(q.arrivalRate * q.meanTimeInSystem, 9);
          expect(
            relativeDifference(q.meanNumberInSystem, q.meanQueueLength + q.offeredLoad),
          ).toBeLessThan(1e-12);
        },
      ),
    );
  });
});

describe('Erlang B and C', () => {
  it('Erlang B: B(1, a) = a/(1 + a), B(2, 1) = 1/5, B(0, a) = 1', () => {
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 15);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    expect(erlangB(0, 5)).toBe(1);
    expect(erlangB(10, 0)).toBe(0);
  });

  it('large c = 500 at ρ = 0.95 is finite, in (0, 1), and right', () => {
    const c = erlangC(500, 475);
    expect(Number.isFinite(c)).toBe(true);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    // Exact rational evaluation of the direct sum: 0.176963831964531…
    expect(c).toBeCloseTo(0.176963831964531, 10);
    expect(relativeDifference(c, erlangCDirect(500, 475))).toBeLessThan(1e-9);
    const q = stable(mmc({ arrivalRate: 475, serviceRate: 1, servers: 500 }));
    expect(q.meanWaitInQueue).toBeCloseTo(0.007078553278581239, 12);
  });

  it('c = 1000 at ρ = 0.99 agrees with the exact value 0.65908…', () => {
    expect(erlangC(1000, 990)).toBeCloseTo(0.6590804218808545, 10);
  });

  it('agrees with the direct sum for c up to 1000 and any ρ < 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (servers, rho) => {
          const a = rho * servers;
          const [fast, direct] = [erlangC(servers, a), erlangCDirect(servers, a)];
          // Below ~1e-290 both are subnormal or nearly, with few significant digits left.
          if (direct < 1e-290) expect(fast).toBeLessThan(1e-280);
          else expect(relativeDifference(fast, direct)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is a probability, at least Erlang B, rising with the load and falling with servers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (servers, u, v) => {
          const [low, high] = u <= v ? [u, v] : [v, u];
          const a = low * servers;
          const c = erlangC(servers, a);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
          expect(c).toBeGreaterThanOrEqual(erlangB(servers, a) - 1e-15);
          expect(erlangC(servers, high * servers)).toBeGreaterThanOrEqual(c - 1e-12);
          expect(erlangC(servers + 1, a)).toBeLessThanOrEqual(c + 1e-12);
        },
      ),
    );
  });

  it('is 1 at and beyond saturation, 0 with no load', () => {
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(3, 7)).toBe(1);
    expect(erlangC(3, 0)).toBe(0);
  });
});

describe('wait distribution', () => {
  const q = stable(mm1({ arrivalRate: 0.5, serviceRate: 1 }));

  it('P(Wq > t) = C·e^{−(cμ−λ)t}: 0.5 at 0, 0.5e^{−1} at 2 minutes, 1 before 0', () => {
    expect(probabilityWaitExceeds(q, 0)).toBeCloseTo(0.5, 15);
    expect(probabilityWaitExceeds(q, 2)).toBeCloseTo(0.5 * Math.exp(-1), 15);
    expect(probabilityWaitExceeds(q, -1)).toBe(1);
  });

  it('quantiles: the median wait is 0; the 90th percentile is 2·ln 5 minutes', () => {
    expect(waitQuantile(q, 0.5)).toBe(0);
    expect(waitQuantile(q, 0)).toBe(0);
    expect(waitQuantile(q, 0.9)).toBeCloseTo(2 * Math.log(5), 13);
    expect(() => waitQuantile(q, 1)).toThrow(RangeError);
    expect(() => waitQuantile(q, -0.1)).toThrow(RangeError);
  });

  it('the quantile inverts the tail probability', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0.05, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (servers, rho, p) => {
          const m = stable(mmc({ arrivalRate: rho * servers, serviceRate: 1, servers }));
          const t = waitQuantile(m, p);
          expect(t).toBeGreaterThanOrEqual(0);
          if (t > 0) expect(probabilityWaitExceeds(m, t)).toBeCloseTo(1 - p, 9);
          else expect(1 - m.probabilityOfWaiting).toBeGreaterThanOrEqual(p - 1e-12);
        },
      ),
    );
  });
});

describe('unstable and malformed input', () => {
  it('ρ ≥ 1 says unstable with the utilisation, never Infinity or NaN', () => {
    expect(mm1({ arrivalRate: 1, serviceRate: 1 })).toEqual({
      stable: false,
      reason: 'overloaded',
      utilization: 1,
    });
    const over = mmc({ arrivalRate: 4, serviceRate: 1, servers: 3 });
    expect(over.stable).toBe(false);
    expect(over.utilization).toBeCloseTo(4 / 3, 15);
  });

  it('a utilisation that is 1 up to rounding counts as unstable', () => {
    // 0.3 / (3 × 0.1) = 0.9999999999999999 in floating point.
    expect(mmc({ arrivalRate: 0.3, serviceRate: 0.1, servers: 3 }).stable).toBe(false);
  });

  it('every stable answer is finite', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (servers, mu, rho) => {
          const q = mmc({ arrivalRate: rho * servers * mu, serviceRate: mu, servers });
          for (const value of Object.values(q)) {
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          }
        },
      ),
    );
  });

  it('rejects negative, non-finite or fractional parameters', () => {
    expect(() => mmc({ arrivalRate: -1, serviceRate: 1, servers: 1 })).toThrow(RangeError);
    expect(() => mmc({ arrivalRate: Number.NaN, serviceRate: 1, servers: 1 })).toThrow(RangeError);
    expect(() => mmc({ arrivalRate: 1, serviceRate: 0, servers: 1 })).toThrow(RangeError);
    expect(() => mmc({ arrivalRate: 1, serviceRate: Infinity, servers: 2 })).toThrow(RangeError);
    expect(() => mmc({ arrivalRate: 1, serviceRate: 1, servers: 1.5 })).toThrow(RangeError);
    expect(() => mmc({ arrivalRate: 1, serviceRate: 1, servers: 0 })).toThrow(RangeError);
    expect(() => erlangC(2, -1)).toThrow(RangeError);
  });
});

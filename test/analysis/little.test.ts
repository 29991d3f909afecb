/** Little's law helpers, and every closed-form model in the folder obeys L = λW. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  jackson,
  littleArrivalRate,
  littleNumber,
  littleRelativeGap,
  littleTime,
  md1,
  mmc,
  satisfiesLittle,
} from '../../src/analysis/index.ts';

describe("Little's law helpers", () => {
  it('L = λW, W = L/λ, λ = L/W', () => {
    expect(littleNumber(0.5, 4)).toBe(2);
    expect(littleTime(2, 0.5)).toBe(4);
    expect(littleArrivalRate(2, 4)).toBe(0.5);
    expect(() => littleTime(2, 0)).toThrow(RangeError);
    expect(() => littleNumber(-1, 2)).toThrow(RangeError);
  });

  it('the relative gap and the check', () => {
    expect(littleRelativeGap({ meanNumber: 2, arrivalRate: 0.5, meanTime: 4 })).toBe(0);
    expect(littleRelativeGap({ meanNumber: 1.9, arrivalRate: 0.5, meanTime: 4 })).toBeCloseTo(
      0.05,
      15,
    );
    expect(littleRelativeGap({ meanNumber: 0, arrivalRate: 0, meanTime: 3 })).toBe(0);
    expect(satisfiesLittle({ meanNumber: 1.9, arrivalRate: 0.5, meanTime: 4 }, 0.06)).toBe(true);
    expect(satisfiesLittle({ meanNumber: 1.9, arrivalRate: 0.5, meanTime: 4 }, 0.04)).toBe(false);
  });

  it('M/M/c, M/D/1 and Jackson results satisfy it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (servers, rho) => {
          const q = mmc({ arrivalRate: rho * servers, serviceRate: 1, servers });
          const d = md1({ arrivalRate: rho, serviceMinutes: 1 });
          const net = jackson({
            stations: [{ externalArrivalRate: rho * servers * 0.5, servers, serviceRate: 1 }],
            routing: [[0.5]],
          });
          if (!q.stable || !d.stable || !net.stable) throw new Error('expected stable');
          for (const [meanNumber, arrivalRate, meanTime] of [
            [q.meanNumberInSystem, q.arrivalRate, q.meanTimeInSystem],
            [q.meanQueueLength, q.arrivalRate, q.meanWaitInQueue],
            [d.meanNumberInSystem, d.arrivalRate, d.meanTimeInSystem],
            [net.meanNumberInSystem, net.totalExternalArrivalRate, net.meanTimeInSystem],
          ] as const) {
            expect(satisfiesLittle({ meanNumber, arrivalRate, meanTime }, 1e-12)).toBe(true);
          }
        },
      ),
    );
  });
});

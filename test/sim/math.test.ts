import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, ln, pow } from '../../src/sim/math.ts';

const relative = (a: number, b: number): number =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('ln and exp computed with exact arithmetic only', () => {
  it('ln agrees with Math.log to 1e-15 across the doubles', () => {
    fc.assert(
      fc.property(fc.double({ min: 5e-324, max: 1.7e308, noNaN: true }), (x) => {
        expect(Math.abs(ln(x) - Math.log(x))).toBeLessThanOrEqual(
          1e-15 * Math.max(1, Math.abs(Math.log(x))),
        );
      }),
      { numRuns: 20_000 },
    );
  });

  it('ln on (0, 1), where the samplers use it', () => {
    for (let i = 1; i < 100_000; i++) {
      const u = i / 100_000;
      expect(relative(ln(u), Math.log(u))).toBeLessThan(1e-15);
    }
  });

  it('exp agrees with Math.exp to 1e-15', () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709, noNaN: true }), (x) => {
        expect(relative(exp(x), Math.exp(x))).toBeLessThan(x < -708 ? 1e-12 : 1e-15);
      }),
      { numRuns: 20_000 },
    );
  });

  it('handles the edges', () => {
    expect(ln(0)).toBe(-Infinity);
    expect(ln(-1)).toBeNaN();
    expect(ln(Infinity)).toBe(Infinity);
    expect(ln(1)).toBe(0);
    expect(exp(0)).toBe(1);
    expect(exp(1000)).toBe(Infinity);
    expect(exp(-1000)).toBe(0);
    expect(relative(pow(2, 10), 1024)).toBeLessThan(1e-15);
  });
});

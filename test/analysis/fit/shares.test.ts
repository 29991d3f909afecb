/** Branch probabilities and class shares from counts: Wilson intervals and rounding that keeps the sum at 1. */
import { describe, expect, it } from 'vitest';
import { fitShares, roundedShares } from '../../../src/analysis/fit/index.ts';
import { Random } from '../../../src/sim/random.ts';

describe('shares', () => {
  it('Wilson intervals hold a rare branch’s true chance at about the nominal rate, over 400 seeds', () => {
    let hits = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const random = new Random(seed, 0, 'shares');
      let rejected = 0;
      for (let i = 0; i < 300; i++) if (random.next() < 0.03) rejected++;
      const { shares } = fitShares({ rejected, accepted: 300 - rejected });
      const share = shares[0]!.share;
      if (share.lower <= 0.03 && 0.03 <= share.upper) hits++;
      expect(share.lower).toBeGreaterThanOrEqual(0);
    }
    expect(hits / 400).toBeGreaterThanOrEqual(0.92);
    expect(hits / 400).toBeLessThanOrEqual(0.985);
  });

  it('a branch never taken has share 0 and an upper bound above 0', () => {
    const { shares } = fitShares({ yes: 50, no: 0 });
    expect(shares[1]!.share.value).toBe(0);
    expect(shares[1]!.share.lower).toBe(0);
    expect(shares[1]!.share.upper).toBeGreaterThan(0.05);
    expect(shares[1]!.share.upper).toBeLessThan(0.08); // ≈ z² / (n + z²) = 0.071
  });

  it('rounds to 4 decimals and still sums to exactly 1', () => {
    const rounded = roundedShares(fitShares({ a: 1, b: 1, c: 1 }));
    expect(rounded).toEqual({ a: 0.3334, b: 0.3333, c: 0.3333 });
    const many = roundedShares(fitShares({ a: 17, b: 29, c: 3, d: 51, e: 7 }), 2);
    expect(Object.values(many).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('refuses counts that are not whole, and no counts at all, naming the key', () => {
    expect(() => fitShares({ a: 1.5 })).toThrow(/"a"/);
    expect(() => fitShares({ a: 0, b: 0 })).toThrow(RangeError);
  });
});

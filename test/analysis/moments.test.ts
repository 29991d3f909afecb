/**
 * Mean and variance of every duration distribution of the format, checked against closed
 * forms and against numerical integration of the density (reference.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distributionMoments,
  momentsFromSecondMoment,
  secondMoment,
  standardNormalCdf,
  truncatedNormalMoments,
} from '../../src/analysis/index.ts';
import type { Distribution } from '../../src/model/index.ts';
import { momentsByIntegration, relativeDifference } from './reference.ts';

const moments = (d: Distribution) => distributionMoments(d);

describe('standard normal distribution function', () => {
  it('matches tabulated values', () => {
    expect(standardNormalCdf(0)).toBe(0.5);
    expect(standardNormalCdf(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(standardNormalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect(standardNormalCdf(3)).toBeCloseTo(0.9986501019683699, 15);
    expect(standardNormalCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(standardNormalCdf(8)).toBeCloseTo(1 - 6.22e-16, 15);
    expect(standardNormalCdf(9)).toBe(1);
  });
});

describe('distribution moments', () => {
  it('fixed, uniform, exponential, lognormal, gamma: closed forms', () => {
    expect(moments({ type: 'fixed', value: 3 })).toEqual({ mean: 3, variance: 0 });
    const u = moments({ type: 'uniform', min: 2, max: 8 });
    expect(u.mean).toBe(5);
    expect(u.variance).toBeCloseTo(3, 15);
    expect(moments({ type: 'exponential', mean: 4 })).toEqual({ mean: 4, variance: 16 });
    expect(moments({ type: 'lognormal', mean: 6, sd: 2.5 })).toEqual({ mean: 6, variance: 6.25 });
    const g = moments({ type: 'gamma', mean: 6, cv: 0.5 });
    expect(g.mean).toBe(6);
    expect(g.variance).toBeCloseTo(9, 14);
  });

  it('triangular: closed form, and the same by integrating the density', () => {
    const [a, m, b] = [1, 2, 6];
    const t = moments({ type: 'triangular', min: a, mode: m, max: b });
    expect(t.mean).toBeCloseTo(3, 15);
    expect(t.variance).toBeCloseTo((1 + 4 + 36 - 2 - 6 - 12) / 18, 15);
    const density = (x: number): number =>
      x < m ? (2 * (x - a)) / ((b - a) * (m - a)) : (2 * (b - x)) / ((b - a) * (b - m));
    const numeric = momentsByIntegration(density, a, b);
    expect(numeric.mass).toBeCloseTo(1, 6);
    expect(t.mean).toBeCloseTo(numeric.mean, 6);
    expect(t.variance).toBeCloseTo(numeric.variance, 6);
    // Degenerate side: mode at min.
    const right = moments({ type: 'triangular', min: 0, mode: 0, max: 3 });
    expect(right.mean).toBeCloseTo(1, 15);
    expect(right.variance).toBeCloseTo(9 / 18, 15);
  });

  it('empirical: equal weights give the population mean and variance', () => {
    const e = moments({ type: 'empirical', values: [1, 2, 3, 4] });
    expect(e.mean).toBe(2.5);
    expect(e.variance).toBeCloseTo(1.25, 15);
  });

  it('empirical: weights are relative and zero weights drop a value', () => {
    const e = moments({ type: 'empirical', values: [2, 10, 100], weights: [3, 1, 0] });
    expect(e.mean).toBeCloseTo(4, 14);
    expect(e.variance).toBeCloseTo((3 * 4 + 36) / 4, 13);
    expect(() => moments({ type: 'empirical', values: [1], weights: [0] })).toThrow(RangeError);
  });

  it('normal truncated at 0 with mean 0 is the half-normal', () => {
    const h = moments({ type: 'normal', mean: 0, sd: 2 });
    expect(h.mean).toBeCloseTo(2 * Math.sqrt(2 / Math.PI), 14);
    expect(h.variance).toBeCloseTo(4 * (1 - 2 / Math.PI), 14);
  });

  it('normal truncated at 0 matches numerical integration of the truncated density', () => {
    for (const [mu, sigma] of [
      [5, 1],
      [3, 2],
      [1, 1],
      [0.5, 3],
      [10, 8],
    ] as const) {
      const density = (x: number): number => Math.exp(-0.5 * ((x - mu) / sigma) ** 2);
      const numeric = momentsByIntegration(density, 0, mu + 14 * sigma);
      const exact = truncatedNormalMoments(mu, sigma);
      expect(relativeDifference(exact.mean, numeric.mean)).toBeLessThan(1e-9);
      expect(relativeDifference(exact.variance, numeric.variance)).toBeLessThan(1e-8);
      expect(exact.mean).toBeGreaterThan(mu);
      expect(exact.variance).toBeLessThan(sigma * sigma);
    }
  });

  it('normal far from 0 is the untruncated normal; sd 0 is fixed', () => {
    const n = moments({ type: 'normal', mean: 10, sd: 1 });
    expect(n.mean).toBeCloseTo(10, 14);
    expect(n.variance).toBeCloseTo(1, 14);
    expect(moments({ type: 'normal', mean: 4, sd: 0 })).toEqual({ mean: 4, variance: 0 });
  });

  it('truncated-normal moments are finite, the mean above μ, the variance in (0, σ²]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (mu, sigma) => {
          const { mean, variance } = truncatedNormalMoments(mu, sigma);
          expect(Number.isFinite(mean) && Number.isFinite(variance)).toBe(true);
          expect(mean).toBeGreaterThanOrEqual(mu);
          expect(variance).toBeGreaterThan(0);
          expect(variance).toBeLessThanOrEqual(sigma * sigma * (1 + 1e-12));
        },
      ),
    );
  });

  it('second moment and back', () => {
    expect(secondMoment({ mean: 3, variance: 4 })).toBe(13);
    expect(momentsFromSecondMoment(3, 13)).toEqual({ mean: 3, variance: 4 });
    expect(momentsFromSecondMoment(0.1, 0.1 * 0.1).variance).toBe(0);
    expect(() => momentsFromSecondMoment(3, 8)).toThrow(RangeError);
  });
});

/**
 * Whatever positive durations a log holds — tiny, huge, tied, rounded to whole minutes,
 * one outlier — the fits come back with finite figures and ordered intervals, or say why
 * they cannot; they never throw or return NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Estimate, fitDurations } from '../../../src/analysis/fit/index.ts';
import { sampleOf } from './generate.ts';

function expectOrdered(e: Estimate) {
  expect(Number.isFinite(e.value)).toBe(true);
  expect(e.lower).toBeLessThanOrEqual(e.value * (1 + 1e-12));
  expect(e.upper).toBeGreaterThanOrEqual(e.value * (1 - 1e-12));
}

describe('fitDurations on hostile data', () => {
  it('finite figures and ordered intervals for any positive values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 300 }),
        (values) => {
          const fit = fitDurations(sampleOf(values, 100), { qqPoints: 10, histogramBins: 5 });
          if (!fit.ok) {
            expect(fit.reason).toBe('no-spread');
            return;
          }
          for (const c of fit.candidates) {
            expect(Number.isFinite(c.aic)).toBe(true);
            expectOrdered(c.mean);
            expectOrdered(c.sd);
            expect(c.ks.pValue).toBeGreaterThanOrEqual(0);
            expect(c.ks.pValue).toBeLessThanOrEqual(1);
            for (const q of c.qq.fitted) expect(Number.isFinite(q)).toBe(true);
            for (const d of c.densityAtBins) expect(Number.isFinite(d)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('durations rounded to whole minutes, with many ties', () => {
    const values = Array.from({ length: 2000 }, (_, i) => 1 + (i % 7));
    const fit = fitDurations(sampleOf(values));
    if (!fit.ok) throw new Error(fit.reason);
    const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
    expect(fit.best.mean.value).toBeCloseTo(mean, 12);
    // Seven spikes: the histogram follows them better than any smooth family.
    expect(fit.best.family).toBe('empirical');
    // … and draws the recorded values themselves, with their counts.
    expect(fit.best.distribution).toEqual({
      type: 'empirical',
      values: [1, 2, 3, 4, 5, 6, 7],
      weights: [286, 286, 286, 286, 286, 285, 285],
    });
  });

  it('one huge outlier among ordinary service times', () => {
    const values = Array.from({ length: 999 }, (_, i) => 2 + (i % 10) / 10).concat(1e7);
    const fit = fitDurations(sampleOf(values));
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.histogram.beyond).toBeGreaterThan(0);
    expect(fit.histogram.edges.at(-1)!).toBeLessThan(10);
  });
});

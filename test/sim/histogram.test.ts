import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/sim/stats/histogram.ts';

describe('the percentile histogram', () => {
  it('reports a single value within 0.4 %', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 100_000, noNaN: true }), (value) => {
        const histogram = new Histogram();
        histogram.add(value);
        expect(Math.abs(histogram.quantile(0.5) - value) / value).toBeLessThanOrEqual(0.004);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the percentiles of a known sample', () => {
    const histogram = new Histogram();
    for (let i = 1; i <= 1000; i++) histogram.add(i / 10); // 0.1 … 100 minutes
    expect(histogram.quantile(0.5)).toBeCloseTo(50, -0.5);
    expect(Math.abs(histogram.quantile(0.9) - 90) / 90).toBeLessThan(0.005);
    expect(Math.abs(histogram.quantile(0.95) - 95) / 95).toBeLessThan(0.005);
  });

  it('keeps zeros apart: customers who did not wait', () => {
    const histogram = new Histogram();
    for (let i = 0; i < 70; i++) histogram.add(0);
    for (let i = 0; i < 30; i++) histogram.add(5);
    expect(histogram.quantile(0.5)).toBe(0);
    expect(Math.abs(histogram.quantile(0.9) - 5) / 5).toBeLessThan(0.004);
  });

  it('adds up across replications', () => {
    const a = new Histogram();
    const b = new Histogram();
    a.add(1);
    b.add(3);
    b.add(3);
    a.merge(b);
    expect(a.total).toBe(3);
    expect(Math.abs(a.quantile(0.5) - 3) / 3).toBeLessThan(0.004);
  });
});

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

  it('adds up histograms whose values lie far apart, and reads both ends', () => {
    const low = new Histogram();
    const high = new Histogram();
    for (let i = 0; i < 3; i++) low.add(0.01);
    for (let i = 0; i < 7; i++) high.add(5000);
    const pooled = new Histogram();
    pooled.merge(high);
    pooled.merge(low);
    expect(pooled.total).toBe(10);
    expect(Math.abs(pooled.quantile(0.2) - 0.01) / 0.01).toBeLessThan(0.004);
    expect(Math.abs(pooled.quantile(0.9) - 5000) / 5000).toBeLessThan(0.004);
    const bins = pooled.binned(1000, 10);
    expect(bins[0]).toBe(3);
    expect(bins[5]).toBe(7);
    // As a worker sends it: structured cloning keeps the fields and drops the class.
    const plain = structuredClone(pooled) as unknown as Parameters<typeof Histogram.revive>[0];
    const revived = Histogram.revive(plain);
    expect(revived.quantile(0.2)).toBe(pooled.quantile(0.2));
    expect(revived.binned(1000, 10)).toEqual(bins);
  });
});

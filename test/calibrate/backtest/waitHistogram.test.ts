import { describe, expect, it } from 'vitest';
import { WaitHistogram } from '../../../src/calibrate/backtest/waitHistogram.ts';
import { Random } from '../../../src/sim/random.ts';

/** The smallest value with at least p of the values at or below it. */
function exactQuantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

describe('WaitHistogram', () => {
  it('reads the p90 within one bin width of the exact order statistic', () => {
    const random = new Random(7, 1, 'histogram-test');
    for (const scale of [0.5, 4, 25, 120]) {
      const histogram = new WaitHistogram();
      const values: number[] = [];
      for (let i = 0; i < 5000; i++) {
        const value = -Math.log(random.next()) * scale;
        values.push(value);
        histogram.add(value);
      }
      const exact = exactQuantile(values, 0.9);
      const width = exact < 60 ? 0.1 : 1;
      expect(Math.abs(histogram.quantile(0.9) - exact)).toBeLessThanOrEqual(width);
    }
  });

  it('gives the exact value on known data', () => {
    const histogram = new WaitHistogram();
    for (let minute = 1; minute <= 10; minute++) histogram.add(minute);
    // Nine of ten values are at most 9: the p90 is 9, read in its 0.1-minute bin.
    expect(histogram.quantile(0.9)).toBeGreaterThanOrEqual(9);
    expect(histogram.quantile(0.9)).toBeLessThanOrEqual(9.1);
  });

  it('never reads beyond the longest wait, and merges', () => {
    const a = new WaitHistogram();
    const b = new WaitHistogram();
    a.add(0);
    b.add(900); // past the last bin's lower edge
    a.merge(b);
    expect(a.total).toBe(2);
    expect(a.quantile(0.99)).toBeLessThanOrEqual(900);
    expect(a.quantile(0.99)).toBeGreaterThan(600);
    expect(new WaitHistogram().quantile(0.9)).toBeNaN();
  });
});

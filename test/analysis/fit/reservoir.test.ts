/** The bounded sample is uniform over the stream, reproducible, and never grows. */
import { describe, expect, it } from 'vitest';
import { Reservoir, fitEmpirical } from '../../../src/analysis/fit/index.ts';
import { coverage, draw, summaryOf } from './generate.ts';

describe('Reservoir', () => {
  it('keeps early and late values alike: each with chance capacity / stream length', () => {
    const inclusions = new Array<number>(1000).fill(0);
    const seeds = 400;
    for (let seed = 1; seed <= seeds; seed++) {
      const reservoir = new Reservoir(50, seed);
      for (let i = 0; i < 1000; i++) reservoir.add(i);
      for (const x of reservoir.sorted()) inclusions[x]!++;
    }
    const expected = (seeds * 50) / 1000; // 20 per value
    const tenths = Array.from({ length: 10 }, (_, t) =>
      inclusions.slice(t * 100, t * 100 + 100).reduce((s, c) => s + c, 0),
    );
    // Each tenth holds 2000 inclusions on average; its sd is about √2000 ≈ 45.
    for (const count of tenths) expect(Math.abs(count - 100 * expected)).toBeLessThan(200);
  });

  it('gives the same sample for the same seed and another for another seed', () => {
    const fill = (seed: number) => {
      const reservoir = new Reservoir(10, seed);
      for (let i = 0; i < 500; i++) reservoir.add(i);
      return Array.from(reservoir.sorted());
    };
    expect(fill(3)).toEqual(fill(3));
    expect(fill(3)).not.toEqual(fill(4));
  });

  it('holds every value while the stream is shorter than the capacity', () => {
    const reservoir = new Reservoir(10);
    for (const x of [5, 1, 3]) reservoir.add(x);
    expect(Array.from(reservoir.sorted())).toEqual([1, 3, 5]);
  });

  it('refuses a capacity that is not a whole number of at least 1', () => {
    expect(() => new Reservoir(0)).toThrow(RangeError);
    expect(() => new Reservoir(2.5)).toThrow(RangeError);
  });
});

describe('empirical fit', () => {
  it('its mean interval covers the truth at the nominal rate', () => {
    const hits = Array.from({ length: 300 }, (_, i) => {
      const values = draw({ type: 'uniform', min: 1, max: 5 }, 300, i + 1);
      const fit = fitEmpirical(summaryOf(values), Float64Array.from(values).sort());
      return (
        fit.mean.lower <= 3 &&
        3 <= fit.mean.upper &&
        fit.sd.lower <= 4 / Math.sqrt(12) &&
        4 / Math.sqrt(12) <= fit.sd.upper
      );
    });
    // Both intervals at 95 %: jointly about 90 % or more.
    expect(coverage(hits)).toBeGreaterThan(0.86);
  });

  it('its weighted values keep the sample mean within half a bin', () => {
    const values = draw({ type: 'gamma', mean: 3, cv: 0.8 }, 2000, 2);
    const fit = fitEmpirical(summaryOf(values), Float64Array.from(values).sort());
    if (fit.distribution.type !== 'empirical') throw new Error('expected empirical');
    const { values: points, weights } = fit.distribution;
    const total = weights!.reduce((s, w) => s + w, 0);
    const mean = points.reduce((s, v, i) => s + v * weights![i]!, 0) / total;
    const width = fit.edges[1]! - fit.edges[0]!;
    expect(Math.abs(mean - fit.mean.value)).toBeLessThan(width / 2);
    expect(fit.counts.reduce((s, c) => s + c, 0)).toBe(2000);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/sim/stats/histogram.ts';
import { Tally } from '../../src/sim/stats/tally.ts';

/** The histogram's whole state, as a worker would send it (structured clone keeps fields). */
function stateOf(histogram: Histogram): unknown {
  return JSON.parse(
    JSON.stringify({ ...histogram, counts: Array.from(histogramCounts(histogram)) }),
  );
}

function histogramCounts(histogram: Histogram): Float64Array {
  return (histogram as unknown as { counts: Float64Array | null }).counts ?? new Float64Array(0);
}

describe('a tally', () => {
  it('sorts its values into the same histogram as adding them one by one, whatever the batches', () => {
    const value = fc.oneof(
      fc.constant(0),
      fc.double({ min: -5, max: 0, noNaN: true }),
      fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3000 }), fc.nat(3000), (values, readAt) => {
        const tally = new Tally();
        const oneByOne = new Histogram();
        values.forEach((v, i) => {
          tally.add(v);
          oneByOne.add(v);
          // Reading in the middle sorts a part batch; later values must still count.
          if (i === readAt) expect(tally.histogram.total).toBe(i + 1);
        });
        expect(stateOf(tally.histogram)).toEqual(stateOf(oneByOne));
        expect(tally.count).toBe(values.length);
      }),
      { numRuns: 200 },
    );
  });

  it('forgets the values not yet sorted when cleared', () => {
    const tally = new Tally();
    for (let i = 0; i < 700; i++) tally.add(i + 1);
    tally.clear();
    tally.add(2);
    expect(tally.histogram.total).toBe(1);
    expect(tally.histogram.quantile(1)).toBeCloseTo(2, 1);
  });
});

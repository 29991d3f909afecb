/** Every sampler against its distribution's mean and variance (from src/analysis). */
import { describe, expect, it } from 'vitest';
import { distributionMoments } from '../../src/analysis/index.ts';
import type { Distribution } from '../../src/model/index.ts';
import { Sampler } from '../../src/sim/distributions.ts';
import { Random } from '../../src/sim/random.ts';

const cases: Distribution[] = [
  { type: 'fixed', value: 2.5 },
  { type: 'uniform', min: 1, max: 4 },
  { type: 'triangular', min: 1, mode: 2, max: 6 },
  { type: 'exponential', mean: 3 },
  { type: 'normal', mean: 4, sd: 1 },
  { type: 'normal', mean: 1, sd: 2 }, // heavily truncated at 0
  { type: 'lognormal', mean: 4, sd: 2 },
  { type: 'gamma', mean: 3, cv: 0.5 }, // Erlang-4
  { type: 'gamma', mean: 2, cv: 2 }, // shape 1/4 < 1
  { type: 'empirical', values: [1, 2, 5], weights: [1, 2, 1] },
];

const N = 200_000;

describe.each(cases)('$type %o', (distribution) => {
  it(`matches its mean and variance over ${N} draws`, () => {
    const sampler = Sampler.of(distribution);
    const random = new Random(42, 0, 'test');
    let sum = 0;
    let sumSquares = 0;
    let min = Infinity;
    for (let i = 0; i < N; i++) {
      const x = sampler.sample(random);
      sum += x;
      sumSquares += x * x;
      min = Math.min(min, x);
    }
    const mean = sum / N;
    const variance = sumSquares / N - mean * mean;
    const expected = distributionMoments(distribution);
    expect(min).toBeGreaterThanOrEqual(0);
    // The sampler's own mean (offered load, stability, estimates) is the one it samples.
    expect(sampler.mean).toBeCloseTo(expected.mean, 12);
    // Five standard errors of the mean; 5 % on the variance (plenty for 200 000 draws).
    const standardError = Math.sqrt(expected.variance / N);
    expect(Math.abs(mean - expected.mean)).toBeLessThanOrEqual(5 * standardError + 1e-12);
    if (expected.variance === 0) expect(variance).toBeCloseTo(0, 9);
    else expect(Math.abs(variance - expected.variance) / expected.variance).toBeLessThan(0.05);
  });
});

describe('random streams', () => {
  it('are uniform on (0, 1) and never 0 or 1', () => {
    const random = new Random(1, 0, 'uniform');
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random.next();
      if (!(u > 0 && u < 1)) outside++;
      buckets[Math.floor(u * 10)]!++;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('differ by name, seed and replication, and repeat for the same ones', () => {
    const first = (seed: number, replication: number, name: string) =>
      new Random(seed, replication, name).nextUint32();
    expect(first(1, 0, 'a')).toBe(first(1, 0, 'a'));
    const distinct = new Set([
      first(1, 0, 'a'),
      first(1, 0, 'b'),
      first(2, 0, 'a'),
      first(1, 1, 'a'),
    ]);
    expect(distinct.size).toBe(4);
  });
});

describe('stream seeding', () => {
  it('gives 300 000 streams (seeds × replications) 300 000 different starts', () => {
    // Folding seed, replication and name into one 32-bit value first would make about ten
    // of these pairs identical streams (birthday bound: n² / 2³³); the full state is mixed
    // from all three, so the first 64 bits of every stream differ.
    const starts = new Set<string>();
    for (let seed = 0; seed < 3000; seed++)
      for (let replication = 0; replication < 100; replication++) {
        const random = new Random(seed, replication, 'step:serve:duration');
        starts.add(`${random.nextUint32()}:${random.nextUint32()}`);
      }
    expect(starts.size).toBe(300_000);
  });
});

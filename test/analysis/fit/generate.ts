/** Samples from known distributions with the project's own seeded generator and samplers. */
import type { Distribution } from '../../../src/model/index.ts';
import { Sampler } from '../../../src/sim/distributions.ts';
import { Random } from '../../../src/sim/random.ts';
import { DurationSample, DurationSummary } from '../../../src/analysis/fit/index.ts';

export function draw(
  distribution: Distribution,
  n: number,
  seed: number,
  name = 'fit-test',
): number[] {
  const sampler = Sampler.of(distribution);
  const random = new Random(seed, 0, name);
  return Array.from({ length: n }, () => sampler.sample(random));
}

export function summaryOf(values: readonly number[]): DurationSummary {
  const summary = new DurationSummary();
  for (const x of values) summary.add(x);
  return summary;
}

export function sampleOf(values: readonly number[], sampleSize?: number): DurationSample {
  const sample = new DurationSample(sampleSize === undefined ? {} : { sampleSize });
  for (const x of values) sample.add(x);
  return sample;
}

/** Share of seeds whose interval holds the truth. */
export function coverage(hits: readonly boolean[]): number {
  return hits.filter(Boolean).length / hits.length;
}

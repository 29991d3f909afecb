/**
 * Service-time fits recover the parameters that generated the data: over many seeds the
 * 95 % intervals hold the truth about 95 % of the time, AIC picks the generating family,
 * and the Kolmogorov–Smirnov figure tells a right model from a wrong one.
 */
import { describe, expect, it } from 'vitest';
import {
  type Estimate,
  DurationSummary,
  fitDurations,
  fitExponential,
  fitGamma,
  fitLognormal,
  lnGamma,
  MIN_EMPIRICAL_SAMPLE,
} from '../../../src/analysis/fit/index.ts';
import { coverage, draw, sampleOf, summaryOf } from './generate.ts';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const holds = (e: Estimate, truth: number) => e.lower <= truth && truth <= e.upper;

/** Binomial(300, 0.95) lies in [0.91, 0.98] with probability above 0.998. */
function expectNominal(share: number) {
  expect(share).toBeGreaterThanOrEqual(0.91);
  expect(share).toBeLessThanOrEqual(0.985);
}

describe('sufficient statistics', () => {
  it('match the moments computed directly, with a large mean and small spread', () => {
    const values = draw({ type: 'normal', mean: 1e6, sd: 3 }, 5000, 7);
    const summary = summaryOf(values);
    const n = values.length;
    const mean = values.reduce((s, x) => s + x, 0) / n;
    const central = (k: number) => values.reduce((s, x) => s + (x - mean) ** k, 0) / n;
    expect(summary.mean).toBeCloseTo(mean, 6);
    expect(summary.centralMoment(2) / central(2)).toBeCloseTo(1, 9);
    expect(summary.centralMoment(4) / central(4)).toBeCloseTo(1, 8);
    const logMean = values.reduce((s, x) => s + Math.log(x), 0) / n;
    expect(summary.logMean).toBeCloseTo(logMean, 12);
  });

  it('refuse zero, negative and non-finite values and count them', () => {
    const summary = new DurationSummary();
    for (const x of [0, -1, Number.NaN, Infinity, 2, 4]) summary.add(x);
    expect(summary.count).toBe(2);
    expect(summary.refused).toBe(4);
    expect(summary.mean).toBe(3);
  });
});

describe('parameter intervals cover the truth at their nominal rate', () => {
  it('exponential mean (exact interval), n = 50', () => {
    const hits = SEEDS.map((seed) => {
      const fit = fitExponential(summaryOf(draw({ type: 'exponential', mean: 4 }, 50, seed)));
      return holds(fit.mean, 4);
    });
    expectNominal(coverage(hits));
  });

  it('lognormal mean, sd and cv, n = 400', () => {
    const truth = { type: 'lognormal', mean: 3, sd: 1.8 } as const;
    const fits = SEEDS.map((seed) => fitLognormal(summaryOf(draw(truth, 400, seed)))!);
    expectNominal(coverage(fits.map((f) => holds(f.mean, 3))));
    expectNominal(coverage(fits.map((f) => holds(f.sd, 1.8))));
    expectNominal(coverage(fits.map((f) => holds(f.cv, 0.6))));
  });

  it('gamma mean, sd and cv, n = 400, shapes below and above 1', () => {
    for (const cv of [0.4, 1.6]) {
      const truth = { type: 'gamma', mean: 5, cv } as const;
      const fits = SEEDS.map((seed) => fitGamma(summaryOf(draw(truth, 400, seed)))!);
      expectNominal(coverage(fits.map((f) => holds(f.mean, 5))));
      expectNominal(coverage(fits.map((f) => holds(f.sd, 5 * cv))));
      expectNominal(coverage(fits.map((f) => holds(f.cv, cv))));
    }
  });

  it('the gamma shape maximises the likelihood summed value by value', () => {
    const values = draw({ type: 'gamma', mean: 2, cv: 0.7 }, 1000, 3);
    const fit = fitGamma(summaryOf(values))!;
    if (fit.native.family !== 'gamma') throw new Error('expected gamma');
    const { shape, scale } = fit.native;
    const logLikelihood = (k: number, theta: number) =>
      values.reduce(
        (sum, x) => sum + (k - 1) * Math.log(x) - x / theta - k * Math.log(theta) - lnGamma(k),
        0,
      );
    const best = logLikelihood(shape, scale);
    expect(fit.logLikelihood).toBeCloseTo(best, 7);
    for (const [dk, dt] of [
      [1.001, 1],
      [0.999, 1],
      [1, 1.001],
      [1, 0.999],
      [1.001, 1 / 1.001],
    ] as const) {
      expect(best).toBeGreaterThan(logLikelihood(shape * dk, scale * dt));
    }
  });
});

describe('choosing a family by AIC', () => {
  const choices = (truth: Parameters<typeof draw>[0], n: number, seeds: number) =>
    Array.from({ length: seeds }, (_, i) => {
      const fit = fitDurations(sampleOf(draw(truth, n, i + 1), 2000), {
        families: ['exponential', 'lognormal', 'gamma'],
      });
      if (!fit.ok) throw new Error(fit.reason);
      return fit.best.family;
    });

  it('picks lognormal for lognormal data and gamma for gamma data', () => {
    const logs = choices({ type: 'lognormal', mean: 3, sd: 1.5 }, 3000, 40);
    expect(logs.filter((f) => f === 'lognormal').length).toBeGreaterThanOrEqual(38);
    const gammas = choices({ type: 'gamma', mean: 3, cv: 0.5 }, 3000, 40);
    expect(gammas.filter((f) => f === 'gamma').length).toBeGreaterThanOrEqual(38);
  });

  it('prefers the one-parameter exponential for exponential data most of the time', () => {
    // The gamma nests it: with 1 extra parameter it wins only when the likelihood-ratio
    // statistic exceeds 2, which happens with chance P(χ²₁ > 2) ≈ 0.16.
    const picks = choices({ type: 'exponential', mean: 3 }, 1000, 60);
    expect(picks.filter((f) => f === 'exponential').length).toBeGreaterThanOrEqual(42);
  });

  it('picks the empirical histogram for two humps that no single family follows', () => {
    const quick = draw({ type: 'normal', mean: 2, sd: 0.3 }, 3000, 11, 'quick');
    const slow = draw({ type: 'normal', mean: 9, sd: 0.8 }, 2000, 11, 'slow');
    const fit = fitDurations(sampleOf([...quick, ...slow]));
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.best.family).toBe('empirical');
    expect(fit.best.distribution.type).toBe('empirical');
    expect(fit.best.mean.value).toBeCloseTo((3000 * 2 + 2000 * 9) / 5000, 1);
  });
});

describe('goodness of fit, Q–Q points and the histogram', () => {
  it('a right model keeps a large K–S p-value, a wrong one gets a tiny one', () => {
    const fit = fitDurations(sampleOf(draw({ type: 'gamma', mean: 4, cv: 0.3 }, 5000, 5)));
    if (!fit.ok) throw new Error(fit.reason);
    const byFamily = Object.fromEntries(fit.candidates.map((c) => [c.family, c]));
    expect(byFamily.gamma!.ks.pValue).toBeGreaterThan(0.01);
    expect(byFamily.exponential!.ks.pValue).toBeLessThan(1e-6);
    expect(byFamily.exponential!.ks.statistic).toBeGreaterThan(5 * byFamily.gamma!.ks.statistic);
  });

  it('under a true fully specified model the p-value is about uniform', () => {
    const pValues = SEEDS.slice(0, 200).map((seed) => {
      const fit = fitDurations(sampleOf(draw({ type: 'exponential', mean: 2 }, 500, seed)), {
        families: ['exponential'],
      });
      if (!fit.ok) throw new Error(fit.reason);
      return fit.best.ks.pValue;
    });
    // With the mean estimated from the data the test is conservative (Lilliefors):
    // p below 0.05 far less often than 5 % of the time, never more.
    expect(pValues.filter((p) => p < 0.05).length).toBeLessThanOrEqual(10);
  });

  it('Q–Q points of the right model lie near the diagonal', () => {
    const fit = fitDurations(sampleOf(draw({ type: 'lognormal', mean: 3, sd: 2 }, 20000, 9)));
    if (!fit.ok) throw new Error(fit.reason);
    const lognormal = fit.candidates.find((c) => c.family === 'lognormal')!;
    const { fitted, observed, probability } = lognormal.qq;
    expect(fitted.length).toBe(100);
    for (let i = 0; i < fitted.length; i++) {
      if (probability[i]! > 0.98) continue; // the far tail of a 10 000 sample is noisy
      expect(Math.abs(observed[i]! - fitted[i]!)).toBeLessThan(0.08 * fitted[i]! + 0.05);
    }
  });

  it('the histogram integrates to the share it shows, and the fitted density follows it', () => {
    const fit = fitDurations(sampleOf(draw({ type: 'gamma', mean: 4, cv: 0.5 }, 20000, 2)));
    if (!fit.ok) throw new Error(fit.reason);
    const { edges, density, beyond } = fit.histogram;
    const width = edges[1]! - edges[0]!;
    const area = density.reduce((s, d) => s + d * width, 0);
    expect(area + beyond).toBeCloseTo(1, 10);
    const gamma = fit.candidates.find((c) => c.family === 'gamma')!;
    const gap = density.reduce((s, d, i) => s + Math.abs(d - gamma.densityAtBins[i]!) * width, 0);
    expect(gap).toBeLessThan(0.08);
  });

  it('memory stays at the sample size however many rows pass', () => {
    const sample = sampleOf(draw({ type: 'exponential', mean: 1 }, 50000, 4), 1000);
    expect(sample.reservoir.sorted().length).toBe(1000);
    expect(sample.summary.count).toBe(50000);
    const fit = fitDurations(sample);
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.sampleSize).toBe(1000);
    expect(fit.count).toBe(50000);
  });

  it('says why it cannot fit: too few values, or no spread', () => {
    expect(fitDurations(sampleOf([3]))).toMatchObject({ ok: false, reason: 'too-few', count: 1 });
    expect(fitDurations(sampleOf([2, 2, 2, 0]))).toMatchObject({
      ok: false,
      reason: 'no-spread',
      value: 2,
      refused: 1,
    });
  });

  it('writes each candidate as the blueprint’s own distribution', () => {
    const fit = fitDurations(sampleOf(draw({ type: 'lognormal', mean: 3, sd: 1 }, 2000, 1)));
    if (!fit.ok) throw new Error(fit.reason);
    const types = fit.candidates.map((c) => c.distribution.type).sort();
    expect(types).toEqual(['empirical', 'exponential', 'gamma', 'lognormal']);
    const lognormal = fit.candidates.find((c) => c.family === 'lognormal')!;
    expect(lognormal.distribution).toEqual({
      type: 'lognormal',
      mean: Number(lognormal.mean.value.toPrecision(4)),
      sd: Number(lognormal.sd.value.toPrecision(4)),
    });
  });
});

describe('choosing with few durations: AICc', () => {
  // A histogram of a handful of values fits them closely: by plain AIC it won three times
  // in four on 5–12 exponential durations. AICc's penalty grows as n approaches k.
  it('rarely picks the empirical histogram for a small exponential sample', () => {
    for (const n of [5, 8, 12]) {
      const picks = Array.from({ length: 100 }, (_, i) => {
        const fit = fitDurations(sampleOf(draw({ type: 'exponential', mean: 4 }, n, i + 1)));
        if (!fit.ok) throw new Error(fit.reason);
        return fit.best.family;
      });
      expect(picks.filter((f) => f === 'empirical').length).toBeLessThanOrEqual(10);
      expect(picks.filter((f) => f === 'exponential').length).toBeGreaterThanOrEqual(75);
    }
  });

  it('never offers the histogram below 200 durations: lognormal and gamma data, 400 seeds', () => {
    // By AICc alone it won 13–21 % of the time on 10–50 such durations (12.5 % said an audit).
    for (const truth of [
      { type: 'lognormal', mean: 3, sd: 2 },
      { type: 'lognormal', mean: 5, sd: 1.5 },
      { type: 'gamma', mean: 4, cv: 0.5 },
    ] as const)
      for (const n of [10, 30, 50, MIN_EMPIRICAL_SAMPLE - 1]) {
        const picks = Array.from({ length: 400 }, (_, i) => {
          const fit = fitDurations(sampleOf(draw(truth, n, i + 1)));
          if (!fit.ok) throw new Error(fit.reason);
          expect(fit.candidates.map((c) => c.family)).not.toContain('empirical');
          return fit.best.family;
        });
        // The generating family (or the one nesting it) still wins most of the time.
        const right = picks.filter((f) => f === truth.type).length;
        expect(right, `${truth.type} n=${n}`).toBeGreaterThanOrEqual(n <= 10 ? 120 : 200);
      }
  });

  it('offers the histogram from 200 durations, and it rarely wins on smooth data', () => {
    const picks = Array.from({ length: 200 }, (_, i) => {
      const values = draw({ type: 'lognormal', mean: 5, sd: 1.5 }, MIN_EMPIRICAL_SAMPLE, i + 1);
      const fit = fitDurations(sampleOf(values));
      if (!fit.ok) throw new Error(fit.reason);
      expect(fit.candidates.map((c) => c.family)).toContain('empirical');
      return fit.best.family;
    });
    expect(picks.filter((f) => f === 'empirical').length).toBeLessThanOrEqual(16);
  });

  it('ranks by AICc = AIC + 2k(k+1)/(n−k−1), the histogram paying for its two edges', () => {
    const values = draw({ type: 'exponential', mean: 4 }, 240, 3);
    const fit = fitDurations(sampleOf(values));
    if (!fit.ok) throw new Error(fit.reason);
    const n = values.length;
    for (const c of fit.candidates) {
      const k = c.parameterCount;
      expect(c.aic).toBeCloseTo(2 * k - 2 * c.logLikelihood, 9);
      expect(c.aicc).toBeCloseTo(c.aic + (2 * k * (k + 1)) / (n - k - 1), 9);
      expect(c.deltaAicc).toBeCloseTo(c.aicc - fit.best.aicc, 9);
    }
    expect(fit.candidates.map((c) => c.aicc)).toEqual(
      [...fit.candidates.map((c) => c.aicc)].sort((a, b) => a - b),
    );
    const histogram = fit.candidates.find((c) => c.family === 'empirical');
    expect(histogram?.parameterCount).toBeGreaterThanOrEqual(3); // one bin: its two edges
  });

  it('fits two durations with the exponential alone (no other AICc is defined)', () => {
    const fit = fitDurations(sampleOf([2, 5]));
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.candidates.map((c) => c.family)).toEqual(['exponential']);
    expect(fit.best.mean.value).toBeCloseTo(3.5, 9);
  });
});

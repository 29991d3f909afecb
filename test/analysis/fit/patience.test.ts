/**
 * Patience from abandoned tickets, with served customers' waits as censored: the
 * censored estimate recovers the generating mean within its interval over many seeds,
 * the naive ones (served waits taken as patience, or only the abandoned waits) are far
 * off, and Kaplan–Meier follows the true survival curve whatever its shape.
 */
import { describe, expect, it } from 'vitest';
import { PatienceSample, fitPatience } from '../../../src/analysis/fit/index.ts';
import type { Distribution } from '../../../src/model/index.ts';
import { Sampler } from '../../../src/sim/distributions.ts';
import { Random } from '../../../src/sim/random.ts';

/**
 * Each customer would wait `wait` to be called and would give up after `patience`: the
 * record shows the shorter, and whether they gave up.
 */
function queueRecord(patience: Distribution, wait: Distribution, n: number, seed: number) {
  const patienceOf = Sampler.of(patience);
  const waitOf = Sampler.of(wait);
  const random = new Random(seed, 0, 'patience-test');
  return Array.from({ length: n }, () => {
    const p = patienceOf.sample(random);
    const w = waitOf.sample(random);
    return { wait: Math.min(p, w), abandoned: p < w };
  });
}

function sampleOf(records: readonly { wait: number; abandoned: boolean }[]) {
  const sample = new PatienceSample();
  for (const r of records) sample.add(r.wait, r.abandoned);
  return sample;
}

describe('patience with censoring', () => {
  const PATIENCE = { type: 'exponential', mean: 8 } as const;
  const WAIT = { type: 'exponential', mean: 5 } as const;

  it('recovers the mean patience within its interval at the nominal rate, over 300 seeds', () => {
    let hits = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const fit = fitPatience(sampleOf(queueRecord(PATIENCE, WAIT, 500, seed)));
      if (!fit.ok) throw new Error(fit.reason);
      if (fit.mean.lower <= 8 && 8 <= fit.mean.upper) hits++;
    }
    expect(hits / 300).toBeGreaterThanOrEqual(0.91);
    expect(hits / 300).toBeLessThanOrEqual(0.985);
  });

  it('the naive estimates are biased far outside the interval; the censored one is not', () => {
    const records = queueRecord(PATIENCE, WAIT, 20000, 1);
    const fit = fitPatience(sampleOf(records));
    if (!fit.ok) throw new Error(fit.reason);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    // Every wait taken as a patience: min(patience, wait) has mean 1 / (1/8 + 1/5) ≈ 3.08.
    const allWaits = mean(records.map((r) => r.wait));
    // Only those who gave up: the same 3.08 (they are the ones who were impatient).
    const abandonedWaits = mean(records.filter((r) => r.abandoned).map((r) => r.wait));
    for (const naive of [allWaits, abandonedWaits]) {
      expect(naive).toBeLessThan(fit.mean.lower * 0.5);
      expect(Math.abs(naive - 40 / 13)).toBeLessThan(0.2);
    }
    expect(fit.mean.lower).toBeLessThanOrEqual(8);
    expect(fit.mean.upper).toBeGreaterThanOrEqual(8);
    expect(fit.distribution).toEqual({
      type: 'exponential',
      mean: Number(fit.mean.value.toPrecision(4)),
    });
  });

  it('Kaplan–Meier follows the true survival curve closely', () => {
    const fit = fitPatience(sampleOf(queueRecord(PATIENCE, WAIT, 20000, 2)));
    if (!fit.ok) throw new Error(fit.reason);
    const km = fit.kaplanMeier;
    let checked = 0;
    km.minutes.forEach((t, i) => {
      if (km.atRisk[i]! < 200) return;
      checked++;
      expect(Math.abs(km.survival[i]! - Math.exp(-t / 8))).toBeLessThan(0.03);
    });
    expect(checked).toBeGreaterThan(20);
    expect(fit.exponentialGap).toBeLessThan(0.03);
  });

  it('its pointwise interval holds the true survival at the nominal rate, over 200 seeds', () => {
    const times = [1, 3, 6, 10];
    const hits = times.map(() => 0);
    for (let seed = 1; seed <= 200; seed++) {
      const fit = fitPatience(sampleOf(queueRecord(PATIENCE, WAIT, 1000, seed)));
      if (!fit.ok) throw new Error(fit.reason);
      const km = fit.kaplanMeier;
      times.forEach((t, k) => {
        const i = km.minutes.indexOf(t);
        const truth = Math.exp(-t / 8);
        if (km.lower[i]! <= truth && truth <= km.upper[i]!) hits[k]!++;
      });
    }
    for (const h of hits) {
      expect(h / 200).toBeGreaterThanOrEqual(0.9);
      expect(h / 200).toBeLessThanOrEqual(0.99);
    }
  });

  it('for patience that is not exponential, Kaplan–Meier shows the shape and the gap says so', () => {
    // Nearly everyone waits at least 5 minutes before giving up: a gamma with cv 0.3.
    const records = queueRecord({ type: 'gamma', mean: 10, cv: 0.3 }, WAIT, 20000, 3);
    const fit = fitPatience(sampleOf(records));
    if (!fit.ok) throw new Error(fit.reason);
    const at = (t: number) => fit.kaplanMeier.survival[fit.kaplanMeier.minutes.indexOf(t)]!;
    expect(at(4)).toBeGreaterThan(0.97);
    expect(fit.exponentialGap).toBeGreaterThan(0.2);
  });

  it('memory is the grid: waits beyond the horizon count in the totals only', () => {
    const sample = new PatienceSample({ gridMinutes: 1, horizonMinutes: 10 });
    sample.add(3, true);
    sample.add(50, false);
    sample.add(-1, true);
    const fit = fitPatience(sample);
    if (!fit.ok) throw new Error(fit.reason);
    expect(sample.refused).toBe(1);
    expect(fit.exposureMinutes).toBe(53);
    expect(fit.mean.value).toBe(53);
    expect(fit.kaplanMeier.minutes.length).toBe(10);
    expect(fit.kaplanMeier.survival[3]).toBe(0.5);
  });

  it('says when it cannot fit: nobody seen, or nobody gave up (with a lower bound)', () => {
    expect(fitPatience(new PatienceSample())).toMatchObject({ ok: false, reason: 'no-waits' });
    const sample = new PatienceSample();
    for (let i = 0; i < 100; i++) sample.add(6, false);
    const fit = fitPatience(sample);
    expect(fit).toMatchObject({ ok: false, reason: 'no-abandonments', served: 100 });
    if (fit.ok) return;
    // 600 minutes of exposure with no event: the rate is below −ln(0.05)/600 per minute.
    expect(fit.meanAtLeast).toBeCloseTo(600 / -Math.log(0.05), 9);
  });
});

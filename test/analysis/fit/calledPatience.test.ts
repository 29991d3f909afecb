/**
 * Patience from tickets known only by their call (过号): those who gave up left before
 * the call, those served would have waited longer. Over many seeds the interval holds the
 * true mean about 95 % of the time; taking the call as the moment they left overstates it.
 */
import { describe, expect, it } from 'vitest';
import {
  CalledPatienceSample,
  PatienceSample,
  fitCalledPatience,
  fitPatience,
} from '../../../src/analysis/fit/index.ts';
import { coverage, draw } from './generate.ts';

const TRUE_MEAN = 8;

/** Waits to the call exponential (mean 10); patience exponential (mean 8): 过号 when patience < wait. */
function tickets(seed: number, n: number) {
  const waits = draw({ type: 'exponential', mean: 10 }, n, seed, 'wait');
  const patience = draw({ type: 'exponential', mean: TRUE_MEAN }, n, seed, 'patience');
  const called = new CalledPatienceSample();
  const atCall = new PatienceSample();
  waits.forEach((wait, i) => {
    const gaveUp = patience[i]! < wait;
    called.add(wait, gaveUp);
    atCall.add(wait, gaveUp);
  });
  return { called, atCall };
}

describe('fitCalledPatience', () => {
  it('holds the true mean in its 95 % interval for about 95 % of seeds', () => {
    const hits: boolean[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const fit = fitCalledPatience(tickets(seed, 400).called);
      if (!fit.ok) throw new Error('not fitted');
      hits.push(fit.mean.lower <= TRUE_MEAN && TRUE_MEAN <= fit.mean.upper);
    }
    expect(coverage(hits)).toBeGreaterThan(0.91);
    expect(coverage(hits)).toBeLessThan(0.99);
  });

  it('where taking the call as the moment they left overstates patience', () => {
    const { called, atCall } = tickets(7, 5000);
    const right = fitCalledPatience(called);
    const wrong = fitPatience(atCall);
    if (!right.ok || !wrong.ok) throw new Error('not fitted');
    expect(Math.abs(right.mean.value - TRUE_MEAN)).toBeLessThan(0.8);
    expect(wrong.mean.lower).toBeGreaterThan(TRUE_MEAN * 1.2);
  });

  it('says so when nobody gave up or nobody was served', () => {
    const none = new CalledPatienceSample();
    none.add(5, false);
    expect(fitCalledPatience(none)).toMatchObject({ ok: false, reason: 'no-abandonments' });
    const all = new CalledPatienceSample();
    all.add(5, true);
    expect(fitCalledPatience(all)).toMatchObject({ ok: false, reason: 'all-abandoned' });
  });
});

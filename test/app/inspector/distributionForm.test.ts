/** The duration form: text fields ↔ a Distribution, checked with the schema's own rules. */
import { describe, expect, it } from 'vitest';
import {
  distributionFromTexts,
  PARAMETERS,
  switchType,
  textsOf,
} from '../../../src/app/inspector/distributionForm.ts';
import { distributionMoments } from '../../../src/analysis/moments.ts';
import { DISTRIBUTION_TYPES, Distribution } from '../../../src/model/index.ts';

describe('distribution form', () => {
  it('round-trips every type through its text fields', () => {
    for (const type of DISTRIBUTION_TYPES) {
      const distribution = switchType(2.5, type);
      expect(Distribution.safeParse(distribution).success).toBe(true);
      expect(distributionFromTexts(type, textsOf(distribution))).toEqual({
        ok: true,
        distribution,
      });
      expect(Object.keys(textsOf(distribution))).toEqual(
        PARAMETERS[type].filter((name) => name in distribution),
      );
    }
  });

  it('reads empirical values and optional weights as lists', () => {
    expect(distributionFromTexts('empirical', { values: '1, 2.5 4', weights: '' })).toEqual({
      ok: true,
      distribution: { type: 'empirical', values: [1, 2.5, 4] },
    });
    expect(textsOf({ type: 'empirical', values: [1, 2], weights: [3, 1] })).toEqual({
      values: '1, 2',
      weights: '3, 1',
    });
  });

  it('refuses what the schema refuses, naming the field and the rule', () => {
    expect(distributionFromTexts('lognormal', { mean: '0', sd: '1' })).toEqual({
      ok: false,
      problem: { field: 'mean', code: 'positive' },
    });
    expect(distributionFromTexts('normal', { mean: '-1', sd: '1' })).toMatchObject({
      problem: { field: 'mean', code: 'nonNegative' },
    });
    expect(distributionFromTexts('uniform', { min: '3', max: '2' })).toMatchObject({
      problem: { field: 'max', code: 'minMax' },
    });
    expect(distributionFromTexts('triangular', { min: '1', mode: '5', max: '4' })).toMatchObject({
      problem: { code: 'triangle' },
    });
    expect(distributionFromTexts('empirical', { values: '1, 2', weights: '1' })).toMatchObject({
      problem: { field: 'weights', code: 'weightsCount' },
    });
    expect(distributionFromTexts('empirical', { values: '1', weights: '0' })).toMatchObject({
      problem: { field: 'weights', code: 'weightsPositive' },
    });
    expect(distributionFromTexts('fixed', { value: '' })).toMatchObject({
      problem: { field: 'value', code: 'required' },
    });
    expect(distributionFromTexts('gamma', { mean: '2', cv: 'abc' })).toMatchObject({
      problem: { field: 'cv', code: 'notNumber' },
    });
  });

  it('keeps about the same mean when the type changes', () => {
    expect(switchType(4, 'uniform')).toEqual({ type: 'uniform', min: 2, max: 6 });
    expect(switchType(undefined, 'exponential')).toEqual({ type: 'exponential', mean: 1 });
    // A fixed 0 cannot become an exponential with mean 0: fall back to 1 minute.
    expect(switchType(0, 'gamma')).toEqual({ type: 'gamma', mean: 1, cv: 0.5 });
  });

  it('keeps the mean for every type (a normal’s is cut at 0), and starts a patience from half an hour', () => {
    for (const type of DISTRIBUTION_TYPES) {
      expect(distributionMoments(switchType(30, type)).mean).toBeCloseTo(30, 1);
      // A field that was empty (a patience that waited forever) starts from its own mean.
      expect(distributionMoments(switchType(undefined, type, 30)).mean).toBeCloseTo(30, 1);
    }
    // A triangular patience then has a minimum: nobody leaves in the first 15 minutes.
    expect(switchType(undefined, 'triangular', 30)).toEqual({
      type: 'triangular',
      min: 15,
      mode: 30,
      max: 45,
    });
  });
});

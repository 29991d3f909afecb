/** A step's per-class service (`classDuration`, `failure.classProbability`) and customerPresent. */
import { describe, expect, it } from 'vitest';
import { durationFor, failureChanceFor } from '../../src/model/index.ts';
import { minimalBlueprint } from '../support/builders.ts';
import { findingsOf, summary } from '../support/semantic.ts';

const classes = [
  { id: 'retail', label: 'Retail', share: 0.7 },
  { id: 'vip', label: 'VIP', share: 0.3 },
];

describe('per-class service on a step', () => {
  it('is clean when it names declared classes', () => {
    const findings = findingsOf((b) => {
      b.classes = classes;
      b.steps[1]!.classDuration = { vip: { type: 'gamma', mean: 7, cv: 0.5 } };
      b.steps[1]!.failure = {
        probability: 0.02,
        classProbability: { retail: 0.05 },
        then: { action: 'retry' },
      };
    });
    expect(findings).toEqual([]);
  });

  it('names the JSON path of an unknown class, with the closest one', () => {
    const findings = findingsOf((b) => {
      b.classes = classes;
      b.steps[1]!.classDuration = { vipp: { type: 'fixed', value: 7 } };
      b.steps[1]!.failure = {
        probability: 0.02,
        classProbability: { Retail: 0.05 },
        then: { action: 'retry' },
      };
    });
    expect(summary(findings)).toEqual([
      'error unknown-class $.steps[1].classDuration.vipp: class "vipp" does not exist (did you mean "vip"?)',
      'error unknown-class $.steps[1].failure.classProbability.Retail: class "Retail" does not exist (did you mean "retail"?)',
    ]);
    expect(findings.every((finding) => finding.stepId === 'serve')).toBe(true);
  });

  it('a class that fails every attempt and retries without end is an error', () => {
    const findings = findingsOf((b) => {
      b.classes = classes;
      b.steps[1]!.failure = {
        probability: 0.1,
        classProbability: { vip: 1 },
        then: { action: 'retry' },
      };
    });
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'endless-retry $.steps[1].failure',
    ]);
    // A step that always fails, except for every class that has its own lower chance, is fine.
    const spared = findingsOf((b) => {
      b.classes = classes;
      b.steps[1]!.failure = {
        probability: 1,
        classProbability: { vip: 0.1, retail: 0.2 },
        then: { action: 'retry' },
      };
    });
    expect(spared).toEqual([]);
  });

  it('on a drawing step is ignored, with a warning', () => {
    const findings = findingsOf((b) => {
      b.classes = classes;
      b.steps.push({
        id: 'slip',
        kind: 'evidence',
        lane: 'evidence',
        label: 'Slip',
        classDuration: { nobody: { type: 'fixed', value: 1 } },
        customerPresent: false,
      });
    });
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'ignored-on-drawing-step $.steps[3].classDuration',
      'ignored-on-drawing-step $.steps[3].customerPresent',
    ]);
  });

  it('each class takes its own value, else the step’s', () => {
    const step = minimalBlueprint().steps[1]!;
    step.classDuration = { vip: { type: 'fixed', value: 9 } };
    step.failure = { probability: 0.1, classProbability: { vip: 0.3 }, then: { action: 'leave' } };
    expect(durationFor(step, 'vip')).toEqual({ type: 'fixed', value: 9 });
    expect(durationFor(step, 'retail')).toBe(step.duration);
    expect(durationFor(step, undefined)).toBe(step.duration);
    expect(durationFor(step, 'constructor')).toBe(step.duration);
    expect(failureChanceFor(step, 'vip')).toBe(0.3);
    expect(failureChanceFor(step, 'retail')).toBe(0.1);
    expect(failureChanceFor({ ...step, failure: undefined }, 'vip')).toBe(0);
  });
});

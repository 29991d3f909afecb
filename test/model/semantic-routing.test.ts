/** Branching: per class, all chances or none, summing to 1. */
import { describe, expect, it } from 'vitest';
import { addBranchTargets, findingsOf, summary } from '../support/semantic.ts';

describe('branch probabilities', () => {
  it('must sum to 1', () => {
    const findings = findingsOf((b) => {
      addBranchTargets(b);
      b.flows[1]!.probability = 0.6;
      b.flows[2]!.probability = 0.3;
    });
    expect(summary(findings)).toEqual([
      'error branch-probabilities-sum $.steps[1]: branch probabilities add up to 0.9, not 1 (f2: 0.6, f3: 0.3)',
    ]);
    expect(findings[0]!.stepId).toBe('serve');
  });

  it('must be given on all branches or none', () => {
    const findings = findingsOf((b) => {
      addBranchTargets(b);
      b.flows[1]!.probability = 1;
    });
    expect(summary(findings)).toEqual([
      'error branch-probability-missing $.steps[1]: give every branch a probability, or none: "f3" has none',
    ]);
  });

  it('given on none means equal chances, with a warning', () => {
    const findings = findingsOf(addBranchTargets);
    expect(summary(findings)).toEqual([
      'warning branches-without-probability $.steps[1]: 2 branches without probabilities: each is taken with equal chance',
    ]);
  });

  it('are checked per customer class', () => {
    const findings = findingsOf((b) => {
      addBranchTargets(b);
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.8 },
        { id: 'vip', label: 'VIP', share: 0.2 },
      ];
      b.flows[1]!.probability = 1;
      b.flows[1]!.classes = ['retail'];
      b.flows[2]!.probability = 0.5;
      b.flows[2]!.classes = ['vip'];
    });
    expect(summary(findings)).toEqual([
      'error branch-probabilities-sum $.steps[1]: branch probabilities for class "vip" add up to 0.5, not 1 (f3: 0.5)',
    ]);
  });

  it('a class with no flow open to it ends its visit, with a warning', () => {
    const findings = findingsOf((b) => {
      b.classes = [
        { id: 'retail', label: 'Retail', share: 0.8 },
        { id: 'vip', label: 'VIP', share: 0.2 },
      ];
      b.flows[1]!.classes = ['retail'];
    });
    expect(findings.map((f) => f.code)).toEqual(['no-branch-for-class']);
  });

  it('can be given per class on one flow', () => {
    const classes = [
      { id: 'retail', label: 'Retail', share: 0.8 },
      { id: 'vip', label: 'VIP', share: 0.2 },
    ];
    const clean = findingsOf((b) => {
      addBranchTargets(b);
      b.classes = classes;
      b.flows[1]!.probability = 0.9;
      b.flows[1]!.classProbability = { vip: 0.5 };
      b.flows[2]!.probability = 0.1;
      b.flows[2]!.classProbability = { vip: 0.5 };
    });
    expect(clean).toEqual([]);
    const wrong = findingsOf((b) => {
      addBranchTargets(b);
      b.classes = classes;
      b.flows[1]!.probability = 0.9;
      b.flows[1]!.classProbability = { vip: 0.6, gold: 0.2 };
      b.flows[2]!.probability = 0.1;
    });
    expect(summary(wrong)).toEqual([
      'error unknown-class $.flows[1].classProbability.gold: class "gold" does not exist',
      'error branch-probabilities-sum $.steps[1]: branch probabilities for class "vip" add up to 0.7, not 1 (f2: 0.6, f3: 0.1)',
    ]);
  });

  it('are not checked for a class that never reaches the step', () => {
    const findings = findingsOf((b) => {
      b.classes = [
        { id: 'retail', label: 'Retail', share: 1 },
        { id: 'vip', label: 'VIP', arrivals: { type: 'poisson', entry: 'serve', perHour: 2 } },
      ];
      // Only retail customers pass "arrive"; its one flow is for them alone.
      b.flows[0]!.classes = ['retail'];
    });
    expect(findings).toEqual([]);
  });

  it('are not checked on an exit, whose flows are never taken', () => {
    const findings = findingsOf((b) => {
      addBranchTargets(b);
      b.steps[1]!.exit = { outcome: 'completed' };
      b.flows[1]!.probability = 0.2;
    });
    expect(findings.map((f) => f.code)).toEqual(['exit-with-flows']);
  });

  it('background flows are not branches', () => {
    const findings = findingsOf((b) => {
      addBranchTargets(b);
      b.flows[2]!.background = true;
    });
    expect(findings).toEqual([]);
  });
});

/** Flows taken by the length of a queue (`when`): what the checks accept and refuse. */
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { minimalBlueprint } from '../support/builders.ts';
import { findingsOf, summary } from '../support/semantic.ts';

/** A deposit machine beside the tellers, taken from "arrive" when 4 or more wait at "serve". */
function addDiversion(blueprint: Blueprint): void {
  blueprint.steps.push({
    id: 'machine',
    kind: 'action',
    lane: 'customer',
    label: 'Deposit machine',
    duration: { type: 'exponential', mean: 2 },
    resource: { pool: 'machine' },
    exit: { outcome: 'completed' },
  });
  blueprint.resources!.push({ id: 'machine', kind: 'system', label: 'Machine', capacity: 1 });
  blueprint.flows.push({
    id: 'f-divert',
    from: 'arrive',
    to: 'machine',
    when: { queueAt: 'serve', atLeast: 4 },
  });
}

const retailAndVip = [
  { id: 'retail', label: 'Retail', share: 0.8 },
  { id: 'vip', label: 'VIP', share: 0.2 },
];

describe('a flow taken by the length of a queue', () => {
  it('is a valid branch beside a step’s other flows, which need no chance', () => {
    expect(findingsOf(addDiversion)).toEqual([]);
  });

  it('reads a waiting step’s queue: the pool step’s line', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.steps.push({ id: 'hall', kind: 'action', lane: 'customer', label: 'Wait in the hall' });
      b.flows[0]!.to = 'hall';
      b.flows.push({ id: 'f-hall', from: 'hall', to: 'serve' });
      b.flows[2]!.when!.queueAt = 'hall';
    });
    expect(findings).toEqual([]);
  });

  it('leaves itself out of the chances: the other branches sum to 1 among themselves', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.steps.push({ ...b.steps[2]!, id: 'later', label: 'Come back later' });
      b.flows.push({ id: 'f-later', from: 'arrive', to: 'later', probability: 0.1 });
      b.flows[0]!.probability = 0.8;
    });
    expect(summary(findings)).toEqual([
      'error branch-probabilities-sum $.steps[0]: branch probabilities add up to 0.9, not 1 (f1: 0.8, f-later: 0.1)',
    ]);
  });

  it('names an existing step', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.flows[2]!.when!.queueAt = 'serv';
    });
    expect(summary(findings)).toEqual([
      'error unknown-step $.flows[2].when.queueAt: step "serv" does not exist (did you mean "serve"?)',
    ]);
  });

  it('reads a step where a queue forms', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.flows[2]!.when!.queueAt = 'leave';
    });
    expect(summary(findings)).toEqual([
      'error condition-queue-without-pool $.flows[2].when.queueAt: step "leave" needs no pool and is not a waiting step before one, so no queue forms there to read',
    ]);
  });

  it('needs at least 1 waiting, a whole number', () => {
    for (const atLeast of [0, 2.5]) {
      const blueprint = minimalBlueprint();
      addDiversion(blueprint);
      blueprint.flows[2]!.when!.atLeast = atLeast;
      const result = loadBlueprintValue(JSON.parse(JSON.stringify(blueprint)));
      expect(result.ok).toBe(false);
      expect(result.findings.map((f) => f.path)).toEqual(['$.flows[2].when.atLeast']);
    }
  });

  it('has no chance of its own', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.flows[2]!.probability = 0.3;
    });
    expect(summary(findings)).toEqual([
      'error condition-with-chance $.flows[2].probability: a flow taken by the length of a queue has no chance of its own: remove the probability, or the condition',
    ]);
  });

  it('is not background work', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.flows[2]!.background = true;
    });
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'condition-on-background-flow $.flows[2].when',
    ]);
  });

  it('is one per step and class: two rules at one step conflict', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.flows.push({
        id: 'f-divert-2',
        from: 'arrive',
        to: 'machine',
        when: { queueAt: 'serve', atLeast: 8 },
      });
    });
    expect(summary(findings)).toEqual([
      'error condition-conflict $.flows[3].when: flows "f-divert-2" and "f-divert" both leave step "arrive" by the length of a queue: a step may have one such flow per class (put a second rule on a decision after the first)',
    ]);
  });

  it('does not conflict with a rule for other classes', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.classes = retailAndVip;
      b.flows[2]!.classes = ['retail'];
      b.flows.push({
        id: 'f-divert-vip',
        from: 'arrive',
        to: 'machine',
        classes: ['vip'],
        when: { queueAt: 'serve', atLeast: 8 },
      });
    });
    expect(findings).toEqual([]);
  });

  it('needs another way on for when the queue is shorter, for each class', () => {
    const findings = findingsOf((b) => {
      addDiversion(b);
      b.classes = retailAndVip;
      b.flows[0]!.classes = ['vip'];
    });
    expect(summary(findings)).toEqual([
      'error condition-without-fallback $.flows[2].when: no other flow out of step "arrive" is open for class "retail" for when the queue is shorter',
    ]);
  });

  it('is ignored on a flow drawn to evidence', () => {
    const findings = findingsOf((b) => {
      b.steps.push({ id: 'sign', kind: 'evidence', lane: 'evidence', label: 'Sign' });
      b.flows.push({
        id: 'f-sign',
        from: 'arrive',
        to: 'sign',
        when: { queueAt: 'serve', atLeast: 2 },
      });
    });
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'ignored-on-drawing-flow $.flows[2].when',
    ]);
  });
});

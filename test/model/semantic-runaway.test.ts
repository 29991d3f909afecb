/** Checks for blueprints whose runs would go round forever or grow without end. */
import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from '../support/semantic.ts';

describe('loops every customer is caught in', () => {
  it('a failure that always happens and goes back to the same step is a warning', () => {
    const findings = findingsOf((b) => {
      b.steps[1]!.failure = { probability: 1, then: { action: 'goto', step: 'serve' } };
    });
    expect(summary(findings)).toEqual([
      'warning certain-loop $.steps[1].failure: step "serve" fails every time and sends the customer back to itself, so they go round until they are stopped',
    ]);
    expect(findings[0]!.params).toEqual({ variant: 'failure', step: 'serve' });
  });

  it('a flow to the same step that every customer takes is a warning', () => {
    const findings = findingsOf((b) => {
      b.flows[1]!.to = 'serve';
      b.steps.pop();
    });
    expect(summary(findings).filter((line) => line.includes('certain-loop'))).toEqual([
      'warning certain-loop $.flows[1]: every customer leaving step "serve" takes this flow back to it, so they go round until they are stopped',
    ]);
  });

  it('a flow back with chance 1 among branches is a warning; with less, or from an exit, none', () => {
    const withChance = (chance: number, exit = false) =>
      findingsOf((b) => {
        b.flows[1]!.probability = 1 - chance;
        b.flows.push({ id: 'again', from: 'serve', to: 'serve', probability: chance });
        if (exit) b.steps[1]!.exit = { outcome: 'completed' };
      }).filter((f) => f.code === 'certain-loop');
    expect(withChance(1).map((f) => f.path)).toEqual(['$.flows[2]']);
    expect(withChance(0.5)).toEqual([]);
    expect(withChance(1, true)).toEqual([]);
  });

  it('a flow back taken by one class only with certainty is a warning', () => {
    const findings = findingsOf((b) => {
      b.classes = [
        { id: 'a', label: 'A', share: 0.5 },
        { id: 'b', label: 'B', share: 0.5 },
      ];
      b.flows.push({ id: 'again', from: 'serve', to: 'serve', classes: ['a'] });
      b.flows[1]!.classes = ['b'];
    }).filter((f) => f.code === 'certain-loop');
    expect(findings.map((f) => f.path)).toEqual(['$.flows[2]']);
  });
});

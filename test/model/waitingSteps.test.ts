/**
 * Where a queue is drawn (src/model/waitingSteps.ts): the textbook's "wait to be called"
 * step carries the teller queue; a step that does something of its own, a system's step,
 * an entry, or a W already on the pool step keep the wait where it is measured.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue, waitingSteps } from '../../src/model/index.ts';
import { textbookDeposit } from '../support/textbookDeposit.ts';

function changed(change: (blueprint: Blueprint) => void): Blueprint {
  const blueprint = textbookDeposit();
  change(blueprint);
  return blueprint;
}

const step = (blueprint: Blueprint, id: string) => blueprint.steps.find((s) => s.id === id)!;

describe('waitingSteps', () => {
  it('the textbook drawing is a valid blueprint whose wait step carries the teller queue', () => {
    const loaded = loadBlueprintValue(textbookDeposit());
    expect(loaded.ok && loaded.findings).toEqual([]);
    expect([...waitingSteps(textbookDeposit())]).toEqual([['wait-call', 'hand-over']]);
  });

  it('a step with time of its own is not a waiting step (filling in a slip)', () => {
    const slip = changed((b) => (step(b, 'wait-call').duration = { type: 'fixed', value: 1 }));
    expect(waitingSteps(slip).size).toBe(0);
  });

  it('nor a step outside the customer lane, an entry, or one that can fail', () => {
    expect(waitingSteps(changed((b) => (step(b, 'wait-call').lane = 'support'))).size).toBe(0);
    const entry = changed((b) => {
      b.arrivals = { type: 'poisson', entry: 'wait-call', perHour: 27 };
    });
    expect(waitingSteps(entry).size).toBe(0);
    const failing = changed(
      (b) => (step(b, 'wait-call').failure = { probability: 0.1, then: { action: 'leave' } }),
    );
    expect(waitingSteps(failing).size).toBe(0);
  });

  it('nor when it branches, or when the designer put the W on the pool step', () => {
    const branching = changed((b) => {
      b.flows.push({ id: 'f4', from: 'wait-call', to: 'leave' });
    });
    expect(waitingSteps(branching).size).toBe(0);
    const markedThere = changed((b) => {
      delete step(b, 'wait-call').waitPoint;
      step(b, 'hand-over').waitPoint = {};
    });
    expect(waitingSteps(markedThere).size).toBe(0);
    // Unmarked on both: the natural drawing still shows the queue at the waiting step.
    const unmarked = changed((b) => delete step(b, 'wait-call').waitPoint);
    expect([...waitingSteps(unmarked)]).toEqual([['wait-call', 'hand-over']]);
  });

  it('two waiting steps before one pool step: neither is chosen', () => {
    const two = changed((b) => {
      b.steps.push({ id: 'wait-again', kind: 'action', lane: 'customer', label: 'Wait' });
      b.flows.push({ id: 'f5', from: 'take-number', to: 'wait-again' });
      b.flows.push({ id: 'f6', from: 'wait-again', to: 'hand-over' });
    });
    expect(waitingSteps(two).size).toBe(0);
  });

  it('none of the examples has one: their marks stay where they are', () => {
    const names = readdirSync(new URL('../../blueprints/', import.meta.url));
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const blueprint = JSON.parse(
        readFileSync(new URL(`../../blueprints/${name}`, import.meta.url), 'utf8'),
      ) as Blueprint;
      expect(waitingSteps(blueprint).size, name).toBe(0);
    }
  });
});

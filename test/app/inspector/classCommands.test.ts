/** Renaming a class follows through to the flows that name it; bad ids change nothing. */
import { describe, expect, it } from 'vitest';
import {
  blueprintArrivals,
  classArrivals,
  switchArrivals,
} from '../../../src/app/inspector/arrivalsForm.ts';
import { classIdProblem, renameClass } from '../../../src/app/inspector/classCommands.ts';
import { makeBlueprint } from '../blueprints.ts';

const blueprint = () =>
  makeBlueprint(
    [
      { id: 'a', lane: 'customer' },
      { id: 'b', lane: 'frontstage' },
      { id: 'c', lane: 'frontstage' },
    ],
    [
      {
        from: 'a',
        to: 'b',
        classes: ['vip', 'retail'],
        classProbability: { vip: 0.2, retail: 0.5 },
      },
      { from: 'a', to: 'c', classes: ['retail'] },
    ],
    {
      classes: [
        { id: 'vip', label: 'VIP', arrivals: { type: 'poisson', entry: 'a', perHour: 4 } },
        { id: 'retail', label: 'Retail' },
      ],
    },
  );

describe('renameClass', () => {
  it('renames the class and its mentions in flows, keeping their order', () => {
    const draft = blueprint();
    expect(renameClass(draft, 'vip', 'gold')).toBe(true);
    expect(draft.classes!.map((c) => c.id)).toEqual(['gold', 'retail']);
    expect(draft.classes![0]!.arrivals).toEqual({ type: 'poisson', entry: 'a', perHour: 4 });
    expect(draft.flows[0]!.classes).toEqual(['gold', 'retail']);
    expect(Object.entries(draft.flows[0]!.classProbability!)).toEqual([
      ['gold', 0.2],
      ['retail', 0.5],
    ]);
    expect(draft.flows[1]!.classes).toEqual(['retail']);
    expect(draft.flows[1]!.classProbability).toBeUndefined();
  });

  it('refuses taken, invalid, unchanged and unknown ids without changing anything', () => {
    const draft = blueprint();
    const before = structuredClone(draft);
    expect(classIdProblem(draft, 'vip', 'retail')).toBe('idTaken');
    expect(classIdProblem(draft, 'vip', '1st')).toBe('idInvalid');
    expect(classIdProblem(draft, 'vip', 'has space')).toBe('idInvalid');
    expect(classIdProblem(draft, 'vip', '__proto__')).toBe('idInvalid');
    expect(classIdProblem(draft, 'vip', 'vip')).toBeUndefined();
    expect(classIdProblem(draft, 'vip', 'gold')).toBeUndefined();
    expect(renameClass(draft, 'vip', 'retail')).toBe(false);
    expect(renameClass(draft, 'vip', '__proto__')).toBe(false);
    expect(renameClass(draft, 'vip', '1st')).toBe(false);
    expect(renameClass(draft, 'vip', 'vip')).toBe(false);
    expect(renameClass(draft, 'nobody', 'gold')).toBe(false);
    expect(draft).toEqual(before);
  });
});

describe('arrival targets', () => {
  it("read and write either the blueprint's stream or a class's", () => {
    const draft = blueprint();
    draft.arrivals = { type: 'poisson', entry: 'b', perHour: 20 };
    const retail = classArrivals('retail');
    expect(retail.read(draft)).toBeUndefined();
    // A class's first stream starts where the blueprint's customers do.
    const first = switchArrivals(draft, 'poisson', retail.read(draft));
    expect(first).toEqual({ type: 'poisson', entry: 'b', perHour: 30 });
    retail.write(draft, first);
    expect(draft.classes![1]!.arrivals).toEqual(first);
    expect(draft.arrivals).toEqual({ type: 'poisson', entry: 'b', perHour: 20 });
    retail.write(draft, undefined);
    expect(draft.classes![1]).not.toHaveProperty('arrivals');
    classArrivals('nobody').write(draft, first);
    expect(draft.classes!.map((c) => c.id)).toEqual(['vip', 'retail']);
    blueprintArrivals.write(draft, undefined);
    expect(draft).not.toHaveProperty('arrivals');
  });
});

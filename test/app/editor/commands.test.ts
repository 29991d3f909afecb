/** The editing commands on plain blueprints (immer drafts behave the same). */
import { describe, expect, it } from 'vitest';
import { copySteps, pasteFragment } from '../../../src/app/editor/commands/clipboard.ts';
import {
  connect,
  deleteFlows,
  normaliseBranches,
  reconnect,
} from '../../../src/app/editor/commands/flows.ts';
import { freshId } from '../../../src/app/editor/commands/ids.ts';
import {
  addPhase,
  movePhase,
  removePhase,
  renamePhase,
} from '../../../src/app/editor/commands/phases.ts';
import {
  addStep,
  deleteSteps,
  renameStep,
  toggleMark,
} from '../../../src/app/editor/commands/steps.ts';
import { loadBlueprintValue } from '../../../src/model/index.ts';
import { makeBlueprint } from '../blueprints.ts';

const base = () =>
  makeBlueprint(
    [
      { id: 'a', lane: 'customer', position: { x: 0, y: 10 } },
      { id: 'b', lane: 'frontstage', position: { x: 240, y: 10 } },
      { id: 'c', lane: 'backstage', position: { x: 480, y: 10 } },
    ],
    [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ],
  );

describe('ids', () => {
  it('are fresh, readable and valid', () => {
    expect(freshId('step', new Set())).toBe('step');
    expect(freshId('step', new Set(['step', 'step-2']))).toBe('step-3');
    expect(freshId('3 tellers!', new Set())).toBe('s-3-tellers-');
    expect(freshId('__proto__', new Set())).toBe('s-__proto__');
  });
});

describe('steps', () => {
  it('adds a step of a kind where it was dropped, with a bilingual label', () => {
    const blueprint = base();
    const id = addStep(blueprint, 'decision', { lane: 'support', x: 100.4, y: -5 });
    expect(blueprint.steps.at(-1)).toEqual({
      id,
      kind: 'decision',
      lane: 'support',
      label: { en: 'Decision', 'zh-CN': '决策' },
      position: { x: 100, y: 0 },
    });
  });

  it('deleting clears references: a goto becomes leave, a hold ends earlier', () => {
    const blueprint = base();
    blueprint.steps[2]!.failure = { probability: 0.1, then: { action: 'goto', step: 'a' } };
    blueprint.steps[0]!.resource = { pool: 'p', keepUntil: 'c' };
    blueprint.steps[1]!.resource = { pool: 'p', sameUnitAs: 'a' };
    deleteSteps(blueprint, new Set(['a']));
    expect(blueprint.flows.map((f) => `${f.from}>${f.to}`)).toEqual(['b>c']);
    expect(blueprint.steps.find((s) => s.id === 'c')!.failure!.then).toEqual({ action: 'leave' });
    expect(blueprint.steps.find((s) => s.id === 'b')!.resource).toEqual({ pool: 'p' });
  });

  it('renaming follows every reference, and refuses a taken id', () => {
    const blueprint = base();
    blueprint.arrivals = { type: 'poisson', entry: 'a', perHour: 10 };
    expect(renameStep(blueprint, 'a', 'b')).toBe(false);
    blueprint.steps[1]!.resource = { pool: 'p', sameUnitAs: 'a' };
    expect(renameStep(blueprint, 'a', 'arrive')).toBe(true);
    expect(blueprint.flows[0]!.from).toBe('arrive');
    expect(blueprint.steps[1]!.resource!.sameUnitAs).toBe('arrive');
    expect(blueprint.arrivals.entry).toBe('arrive');
  });

  it('toggles the F and W marks', () => {
    const blueprint = base();
    toggleMark(blueprint, 'b', 'failPoint');
    expect(blueprint.steps[1]!.failPoint).toEqual({});
    toggleMark(blueprint, 'b', 'failPoint');
    expect(blueprint.steps[1]!.failPoint).toBeUndefined();
  });
});

describe('flows', () => {
  it('connects, refuses a duplicate, reconnects and deletes', () => {
    const blueprint = base();
    const id = connect(blueprint, 'a', 'c')!;
    expect(connect(blueprint, 'a', 'c')).toBeUndefined();
    reconnect(blueprint, id, 'to', 'b');
    expect(blueprint.flows.find((f) => f.id === id)).toMatchObject({ from: 'a', to: 'b' });
    deleteFlows(blueprint, new Set([id]));
    expect(blueprint.flows.some((f) => f.id === id)).toBe(false);
  });

  it('normalises branch chances to sum to exactly 1', () => {
    const blueprint = base();
    const second = connect(blueprint, 'a', 'c')!;
    blueprint.flows[0]!.probability = 0.6;
    blueprint.flows.find((f) => f.id === second)!.probability = 0.3;
    normaliseBranches(blueprint, 'a');
    const chances = blueprint.flows.filter((f) => f.from === 'a').map((f) => f.probability);
    expect(chances).toEqual([0.666667, 0.333333]);
    expect(
      loadBlueprintValue(blueprint).findings.filter((f) => f.code.startsWith('branch')),
    ).toEqual([]);
  });

  it('gives branches without a chance what is left', () => {
    const blueprint = base();
    connect(blueprint, 'a', 'c');
    blueprint.flows[0]!.probability = 0.8;
    normaliseBranches(blueprint, 'a');
    expect(blueprint.flows.filter((f) => f.from === 'a').map((f) => f.probability)).toEqual([
      0.8, 0.2,
    ]);
  });
});

describe('copy and paste', () => {
  it('pastes steps with the flows between them, new ids and an offset', () => {
    const blueprint = base();
    blueprint.steps[1]!.resource = { pool: 'p', sameUnitAs: 'a' };
    const fragment = copySteps(blueprint, new Set(['a', 'b']));
    const ids = pasteFragment(blueprint, fragment);
    expect(ids).toEqual(['a-copy', 'b-copy']);
    expect(blueprint.steps.find((s) => s.id === 'b-copy')!.resource!.sameUnitAs).toBe('a-copy');
    expect(blueprint.flows.at(-1)).toMatchObject({ from: 'a-copy', to: 'b-copy' });
    expect(blueprint.steps.find((s) => s.id === 'a-copy')!.position).toEqual({ x: 32, y: 42 });
    expect(pasteFragment(blueprint, fragment)).toEqual(['a-copy-2', 'b-copy-2']);
    expect(loadBlueprintValue(blueprint).findings.filter((f) => f.code === 'duplicate-id')).toEqual(
      [],
    );
  });
});

describe('phases', () => {
  it('are added, renamed, reordered and removed', () => {
    const blueprint = base();
    const first = addPhase(blueprint, 'Arrive');
    const second = addPhase(blueprint, 'Serve');
    renamePhase(blueprint, second, { en: 'Serve', 'zh-CN': '办理' });
    movePhase(blueprint, second, -1);
    expect(blueprint.phases!.map((p) => p.id)).toEqual([second, first]);
    blueprint.steps[0]!.phase = first;
    removePhase(blueprint, first);
    expect(blueprint.steps[0]!.phase).toBeUndefined();
    expect(blueprint.phases!.map((p) => p.label)).toEqual([{ en: 'Serve', 'zh-CN': '办理' }]);
  });

  it('the first phase of a drawn blueprint takes its steps; a later one starts empty', () => {
    const blueprint = base();
    expect(blueprint.steps.length).toBeGreaterThan(0);
    const first = addPhase(blueprint, 'Apply');
    expect(blueprint.steps.map((step) => step.phase)).toEqual(blueprint.steps.map(() => first));
    const second = addPhase(blueprint, 'Sign');
    expect(blueprint.steps.some((step) => step.phase === second)).toBe(false);
  });

  it('move with their steps: the two groups trade places, the gap between them kept', () => {
    const blueprint = base();
    blueprint.steps = []; // only the steps placed below: the first phase would take these
    const arrive = addPhase(blueprint, 'Arrive');
    const serve = addPhase(blueprint, 'Serve');
    const place = (id: string, phase: string, x: number) =>
      blueprint.steps.push({
        id,
        kind: 'action',
        lane: 'customer',
        label: { en: id },
        phase,
        position: { x, y: 48 },
      });
    place('a1', arrive, 40);
    place('a2', arrive, 280); // Arrive spans 40 … 480
    place('s1', serve, 560); // Serve spans 560 … 760, 80 after Arrive
    movePhase(blueprint, serve, -1);
    const x = (id: string) => blueprint.steps.find((step) => step.id === id)!.position!.x;
    expect(blueprint.phases!.map((p) => p.id)).toEqual([serve, arrive]);
    expect(x('s1')).toBe(40);
    expect([x('a1'), x('a2')]).toEqual([320, 560]); // 80 after Serve's 40 … 240
    // And back again: everything where it started.
    movePhase(blueprint, serve, 1);
    expect([x('a1'), x('a2'), x('s1')]).toEqual([40, 280, 560]);
  });
});

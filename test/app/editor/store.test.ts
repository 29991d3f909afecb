/** The editing store: every command is one undo step; selection is not history. */
import { describe, expect, it } from 'vitest';
import {
  addStep,
  deleteSteps,
  moveSteps,
  toggleMark,
  updateStep,
} from '../../../src/app/editor/commands/steps.ts';
import { connect } from '../../../src/app/editor/commands/flows.ts';
import { buildCatalog } from '../../../src/app/examples/catalog.ts';
import { createBlueprintStore, redo, undo } from '../../../src/app/store/blueprintStore.ts';
import { exampleFiles } from '../blueprints.ts';

const catalog = buildCatalog(exampleFiles());
const newStore = () => createBlueprintStore(catalog, 'counter-deposit');
const blueprintOf = (store: ReturnType<typeof newStore>) => store.getState().document!.blueprint!;

describe('editing with undo and redo', () => {
  it('undoes and redoes each edit as one step', () => {
    const store = newStore();
    const original = blueprintOf(store);
    const id = store
      .getState()
      .edit((draft) => addStep(draft, 'action', { lane: 'backstage', x: 300, y: 40 }))!;
    expect(blueprintOf(store).steps.at(-1)).toMatchObject({
      id,
      lane: 'backstage',
      position: { x: 300, y: 40 },
    });
    store
      .getState()
      .edit((draft) => updateStep(draft, id, { duration: { type: 'exponential', mean: 3 } }));
    undo(store);
    expect(blueprintOf(store).steps.at(-1)!.duration).toBeUndefined();
    undo(store);
    expect(blueprintOf(store)).toBe(original);
    redo(store);
    redo(store);
    expect(blueprintOf(store).steps.at(-1)!.duration).toEqual({ type: 'exponential', mean: 3 });
  });

  it('does not change the blueprint it started from (immutable updates)', () => {
    const store = newStore();
    const before = blueprintOf(store);
    const copy = structuredClone(before);
    store
      .getState()
      .edit((draft) => moveSteps(draft, new Map([['f-count', { lane: 'backstage', x: 1, y: 2 }]])));
    expect(before).toEqual(copy);
    expect(blueprintOf(store).steps.find((s) => s.id === 'f-count')!.lane).toBe('backstage');
  });

  it('leaves an opened document as it was when it is edited', () => {
    const store = newStore();
    store.getState().openExample('loan-application');
    const opened = blueprintOf(store);
    const copy = structuredClone(opened);
    store.getState().edit((draft) => {
      draft.name = 'Renamed';
      draft.steps[0]!.lane = 'support';
    });
    expect(opened).toEqual(copy);
    expect(blueprintOf(store).name).toBe('Renamed');
    undo(store);
    expect(blueprintOf(store)).toBe(opened);
  });

  it('keeps the checks current as the blueprint is edited', () => {
    const store = newStore();
    expect(store.getState().document!.findings).toEqual([]);
    store.getState().edit((draft) => addStep(draft, 'action', { lane: 'frontstage', x: 0, y: 0 }));
    expect(store.getState().document!.findings.map((f) => f.code)).toContain('unreachable');
    undo(store);
    expect(store.getState().document!.findings).toEqual([]);
  });

  it('selecting does not clear redo, and undo drops a selection of what is gone', () => {
    const store = newStore();
    const id = store
      .getState()
      .edit((draft) => addStep(draft, 'note', { lane: 'support', x: 0, y: 0 }))!;
    store.getState().select({ steps: [id], flows: [] });
    undo(store);
    expect(store.getState().selection.steps).toEqual([]);
    store.getState().select({ steps: ['f-count'], flows: [] });
    redo(store);
    expect(blueprintOf(store).steps.some((s) => s.id === id)).toBe(true);
  });

  it('opening another document starts a fresh history and a new canvas view', () => {
    const store = newStore();
    store.getState().edit((draft) => toggleMark(draft, 'f-count', 'waitPoint'));
    const serial = store.getState().documentSerial;
    store.getState().openExample('loan-application');
    expect(store.getState().documentSerial).toBe(serial + 1);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('knows when there is unsaved work', () => {
    const store = newStore();
    const unsaved = () => store.getState().document!.blueprint !== store.getState().savedBlueprint;
    expect(unsaved()).toBe(false);
    store.getState().edit((draft) => connect(draft, 'c-leave', 'b-file'));
    expect(unsaved()).toBe(true);
    store.getState().markSaved();
    expect(unsaved()).toBe(false);
  });

  it('deleting a step removes its flows, in one undo step', () => {
    const store = newStore();
    const flowsBefore = blueprintOf(store).flows.length;
    store.getState().edit((draft) => deleteSteps(draft, new Set(['f-count'])));
    expect(blueprintOf(store).flows.some((f) => f.from === 'f-count' || f.to === 'f-count')).toBe(
      false,
    );
    undo(store);
    expect(blueprintOf(store).flows).toHaveLength(flowsBefore);
  });
});

describe('edits in a group (a field committing its text while it is typed)', () => {
  const label = (store: ReturnType<typeof newStore>) =>
    blueprintOf(store).steps.find((s) => s.id === 'f-count')!.label;
  const typeLabel = (store: ReturnType<typeof newStore>, group: string, text: string) =>
    store
      .getState()
      .editInGroup(group, () =>
        store.getState().edit((draft) => updateStep(draft, 'f-count', { label: text })),
      );

  it('makes one undo step of all the commits of one group', () => {
    const store = newStore();
    const original = blueprintOf(store);
    for (const text of ['Co', 'Count', 'Count notes']) typeLabel(store, 'field#0', text);
    expect(label(store)).toBe('Count notes');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(blueprintOf(store)).toBe(original);
    redo(store);
    expect(label(store)).toBe('Count notes');
  });

  it('starts a new step for the next edit of the field, or after anything else changed', () => {
    const store = newStore();
    typeLabel(store, 'field#0', 'One');
    typeLabel(store, 'field#1', 'Two');
    expect(store.temporal.getState().pastStates).toHaveLength(2);

    store.getState().edit((draft) => toggleMark(draft, 'f-count', 'waitPoint'));
    typeLabel(store, 'field#1', 'Three');
    expect(store.temporal.getState().pastStates).toHaveLength(4);
    undo(store);
    expect(label(store)).toBe('Two');

    // After an undo the group's next commit is a step of its own: redo history is not
    // silently rewritten.
    typeLabel(store, 'field#1', 'Four');
    undo(store);
    expect(label(store)).toBe('Two');
  });

  it('is reverted in one go while it is the latest change, and not after', () => {
    const store = newStore();
    const original = blueprintOf(store);
    typeLabel(store, 'field#0', 'Co');
    typeLabel(store, 'field#0', 'Count');
    store.getState().revertGroup('field#0');
    expect(blueprintOf(store)).toBe(original);
    expect(store.temporal.getState().pastStates).toHaveLength(0);

    typeLabel(store, 'field#1', 'Count');
    store.getState().edit((draft) => toggleMark(draft, 'f-count', 'waitPoint'));
    store.getState().revertGroup('field#1');
    expect(label(store)).toBe('Count');
    expect(blueprintOf(store).steps.find((s) => s.id === 'f-count')!.waitPoint).toBeDefined();
  });

  it('keeps the checks current for each commit', () => {
    const store = newStore();
    const { resource } = blueprintOf(store).steps.find((s) => s.id === 'f-count')!;
    store
      .getState()
      .editInGroup('field#0', () =>
        store.getState().edit((draft) => updateStep(draft, 'f-count', { resource: { pool: 'x' } })),
      );
    expect(store.getState().document!.findings.map((f) => f.code)).toContain('unknown-pool');
    store
      .getState()
      .editInGroup('field#0', () =>
        store.getState().edit((draft) => updateStep(draft, 'f-count', { resource })),
      );
    expect(store.getState().document!.findings).toEqual([]);
  });
});

/** The editor's key map and what each shortcut does to the store. */
import { describe, expect, it } from 'vitest';
import { STEP_HEIGHT, STEP_WIDTH } from '../../../src/app/diagram/geometry.ts';
import { placeSteps } from '../../../src/app/diagram/placement.ts';
import { runShortcut } from '../../../src/app/editor/keyboard/editorActions.ts';
import {
  hasOwnUndo,
  isTypingTarget,
  shortcutFor,
  type KeyPress,
} from '../../../src/app/editor/keyboard/shortcutFor.ts';
import { buildCatalog } from '../../../src/app/examples/catalog.ts';
import { createBlueprintStore, undo } from '../../../src/app/store/blueprintStore.ts';
import { exampleFiles } from '../blueprints.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps Ctrl and Cmd alike', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(press('z', { metaKey: true }))).toBe('undo');
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(press('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutFor(press('c', { metaKey: true }))).toBe('copy');
    expect(shortcutFor(press('v', { ctrlKey: true }))).toBe('paste');
    expect(shortcutFor(press('d', { ctrlKey: true }))).toBe('duplicate');
    expect(shortcutFor(press('a', { ctrlKey: true }))).toBe('selectAll');
  });

  it('deletes with Delete or Backspace, and leaves other keys alone', () => {
    expect(shortcutFor(press('Delete'))).toBe('delete');
    expect(shortcutFor(press('Backspace'))).toBe('delete');
    expect(shortcutFor(press('z'))).toBeUndefined();
    expect(shortcutFor(press('c', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(shortcutFor(press('x', { ctrlKey: true }))).toBeUndefined();
  });

  it('nudges with the arrows, further with Shift', () => {
    expect(shortcutFor(press('ArrowLeft'))).toBe('nudge-left');
    expect(shortcutFor(press('ArrowDown', { shiftKey: true }))).toBe('nudge-down-far');
    expect(shortcutFor(press('ArrowUp', { ctrlKey: true }))).toBeUndefined();
  });
});

describe('isTypingTarget', () => {
  it('is true for fields and editable text, false elsewhere', () => {
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'textarea' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON', isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('hasOwnUndo', () => {
  it('leaves Ctrl+Z to typed text only: a list or a checkbox passes it to the editor', () => {
    expect(hasOwnUndo({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(hasOwnUndo({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(hasOwnUndo({ tagName: 'TEXTAREA' })).toBe(true);
    expect(hasOwnUndo({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(hasOwnUndo({ tagName: 'SELECT' })).toBe(false);
    expect(hasOwnUndo({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(hasOwnUndo({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(hasOwnUndo({ tagName: 'BUTTON' })).toBe(false);
  });
});

describe('runShortcut', () => {
  const newStore = () => createBlueprintStore(buildCatalog(exampleFiles()), 'counter-deposit');
  const blueprintOf = (store: ReturnType<typeof newStore>) => store.getState().document!.blueprint!;

  it('deletes the selected steps and flows as one undo step', () => {
    const store = newStore();
    const before = blueprintOf(store);
    store.getState().select({ steps: ['c-leave'], flows: ['b-key--s-post'] });
    expect(runShortcut(store, 'delete')).toBe(true);
    expect(blueprintOf(store).steps.some((step) => step.id === 'c-leave')).toBe(false);
    expect(blueprintOf(store).flows.some((flow) => flow.id === 'b-key--s-post')).toBe(false);
    expect(store.getState().selection).toEqual({ steps: [], flows: [] });
    undo(store);
    expect(blueprintOf(store)).toBe(before);
  });

  it('does nothing (and lets the key through) with nothing selected', () => {
    const store = newStore();
    expect(runShortcut(store, 'delete')).toBe(false);
    expect(runShortcut(store, 'duplicate')).toBe(false);
  });

  it('pastes a copy with its inner flows, selects it, and offsets each paste further', () => {
    const store = newStore();
    store.getState().select({ steps: ['c-fill-slip', 'c-hand-over'], flows: [] });
    runShortcut(store, 'copy');
    runShortcut(store, 'paste');
    expect(store.getState().selection.steps).toEqual(['c-fill-slip-copy', 'c-hand-over-copy']);
    const flows = blueprintOf(store).flows.filter((flow) => flow.from === 'c-fill-slip-copy');
    expect(flows.map((flow) => flow.to)).toEqual(['c-hand-over-copy']);
    runShortcut(store, 'paste');
    const at = (id: string) => blueprintOf(store).steps.find((step) => step.id === id)!.position!;
    // Each paste lands further right, and below whatever it would cover: under the
    // original, then under the first copy. No step hides another.
    expect(at('c-fill-slip-copy').x).toBe(280 + 32);
    expect(at('c-fill-slip-copy-2').x).toBe(280 + 64);
    expect(at('c-fill-slip-copy').y).toBeGreaterThanOrEqual(24 + STEP_HEIGHT);
    expect(at('c-fill-slip-copy-2').y).toBeGreaterThanOrEqual(
      at('c-fill-slip-copy').y + STEP_HEIGHT,
    );
    const customer = placeSteps(blueprintOf(store)).filter(
      (_, i) => blueprintOf(store).steps[i]!.lane === 'customer',
    );
    for (const [i, a] of customer.entries())
      for (const b of customer.slice(i + 1))
        expect(
          Math.abs(a.x - b.x) >= STEP_WIDTH || Math.abs(a.y - b.y) >= STEP_HEIGHT,
          `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`,
        ).toBe(true);
  });

  it('duplicates the selection and selects every step and flow with select all', () => {
    const store = newStore();
    store.getState().select({ steps: ['c-leave'], flows: [] });
    runShortcut(store, 'duplicate');
    expect(store.getState().selection.steps).toEqual(['c-leave-copy']);
    runShortcut(store, 'selectAll');
    expect(store.getState().selection.steps).toHaveLength(blueprintOf(store).steps.length);
    expect(store.getState().selection.flows).toHaveLength(blueprintOf(store).flows.length);
  });

  it('nudges the selected steps, one undo step each; Shift+Up/Down change lane', () => {
    const store = newStore();
    const stepOf = (id: string) => blueprintOf(store).steps.find((step) => step.id === id)!;
    store.getState().select({ steps: ['f-count'], flows: [] });
    const before = stepOf('f-count');
    expect(runShortcut(store, 'nudge-right')).toBe(true);
    expect(stepOf('f-count').position!.x).toBe(before.position!.x + 10);
    expect(stepOf('f-count').lane).toBe(before.lane);
    undo(store);
    expect(stepOf('f-count')).toEqual(before);
    // Down moves within the lane; Shift+Down takes it over the line of visibility into
    // the backstage, Shift+Up brings it back.
    runShortcut(store, 'nudge-down');
    expect(stepOf('f-count').lane).toBe('frontstage');
    expect(stepOf('f-count').position!.y).toBe(before.position!.y + 10);
    runShortcut(store, 'nudge-down-far');
    expect(stepOf('f-count').lane).toBe('backstage');
    runShortcut(store, 'nudge-up-far');
    expect(stepOf('f-count').lane).toBe('frontstage');
  });

  it('stops at a step in the way instead of jumping past it', () => {
    const store = newStore();
    const stepOf = (id: string) => blueprintOf(store).steps.find((step) => step.id === id)!;
    store.getState().select({ steps: ['c-take-number'], flows: [] });
    const start = stepOf('c-take-number').position!.x;
    for (let i = 0; i < 60; i++) runShortcut(store, 'nudge-right');
    const end = stepOf('c-take-number').position!.x;
    expect(end).toBeGreaterThan(start);
    // Still left of its neighbour in the lane, the slip, which it never jumped.
    expect(end).toBeLessThan(stepOf('c-fill-slip').position!.x);
  });

  it('has nothing to nudge without a selection', () => {
    const store = newStore();
    expect(runShortcut(store, 'nudge-left')).toBe(false);
  });
});

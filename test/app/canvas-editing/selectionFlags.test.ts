/** React Flow's selected flags derived from the store's selection, and changes mapped back. */
import { describe, expect, it } from 'vitest';
import {
  applySelectChanges,
  isSelectChange,
  withSelectedFlags,
} from '../../../src/app/canvas/selectionFlags.ts';

describe('withSelectedFlags', () => {
  it('flags the selected items and keeps the others as the same objects', () => {
    const a: { id: string; selected?: boolean } = { id: 'a' };
    const b: { id: string; selected?: boolean } = { id: 'b' };
    const flagged = withSelectedFlags([a, b], (item) => item.id === 'b');
    expect(flagged[0]).toBe(a);
    expect(flagged[1]).toEqual({ id: 'b', selected: true });
  });

  it('clears a flag that is no longer true', () => {
    const flagged = withSelectedFlags([{ id: 'a', selected: true }], () => false);
    expect(flagged[0]!.selected).toBe(false);
  });
});

describe('applySelectChanges', () => {
  // Duplicate step ids are drawn as "id#2"; both stand for the same step.
  const idOf = (elementId: string) => elementId.split('#')[0];

  it('adds and removes ids as React Flow selects and deselects elements', () => {
    const changes = [
      { type: 'select', id: 'b', selected: true },
      { type: 'select', id: 'a', selected: false },
    ] as const;
    expect(applySelectChanges(['a'], changes, idOf)).toEqual(['b']);
  });

  it('returns the same array when nothing changes, so the store is left alone', () => {
    const current = ['a', 'b'];
    const result = applySelectChanges(
      current,
      [{ type: 'select', id: 'a#2', selected: true }],
      idOf,
    );
    expect(result).toBe(current);
  });

  it('picks the select changes out of the others', () => {
    const changes = [
      { type: 'position', id: 'a' },
      { type: 'select', id: 'a', selected: true },
    ];
    expect(changes.filter(isSelectChange)).toHaveLength(1);
  });
});

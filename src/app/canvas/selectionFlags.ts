/**
 * The selection lives in the store; React Flow's `selected` flags are derived from it,
 * and React Flow's select changes are turned back into a store selection. Pure helpers.
 */

/** Items with `selected` set as `isSelected` says; unchanged items keep their identity (memo). */
export function withSelectedFlags<T extends { selected?: boolean }>(
  items: T[],
  isSelected: (item: T) => boolean,
): T[] {
  return items.map((item) => {
    const selected = isSelected(item);
    return (item.selected ?? false) === selected ? item : { ...item, selected };
  });
}

/** React Flow's "this element was (de)selected" change, for nodes and edges alike. */
export interface SelectChange {
  type: 'select';
  id: string;
  selected: boolean;
}

export function isSelectChange(change: { type: string }): change is SelectChange {
  return change.type === 'select';
}

/**
 * The selected ids after React Flow's select changes. `idOf` maps an element id to the
 * blueprint id it draws. Returns `current` itself when nothing changes, so callers can
 * skip a store update.
 */
export function applySelectChanges(
  current: readonly string[],
  changes: readonly SelectChange[],
  idOf: (elementId: string) => string | undefined,
): readonly string[] {
  const next = [...current];
  for (const change of changes) {
    const id = idOf(change.id);
    if (id === undefined) continue;
    const at = next.indexOf(id);
    if (change.selected && at < 0) next.push(id);
    if (!change.selected && at >= 0) next.splice(at, 1);
  }
  const same = next.length === current.length && next.every((id, i) => id === current[i]);
  return same ? current : next;
}

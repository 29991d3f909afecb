/**
 * Adding, renaming and removing customer classes. Flows name classes by id (`classes`,
 * `classProbability` keys), so renaming and removal follow through to them.
 */
import { isValidId, type Blueprint, type CustomerClass } from '../../model/index.ts';
import { freshId } from '../editor/commands/ids.ts';

export function addClass(draft: Blueprint, label: { en: string; 'zh-CN': string }): string {
  const classes = (draft.classes ??= []);
  const id = freshId('class', new Set(classes.map((c) => c.id)));
  classes.push({ id, label });
  return id;
}

/** Removes a class and every flow's mention of it (a flow left for no class applies to all). */
export function removeClass(draft: Blueprint, id: string): void {
  draft.classes = (draft.classes ?? []).filter((c) => c.id !== id);
  if (draft.classes.length === 0) delete draft.classes;
  for (const flow of draft.flows) {
    if (flow.classes) {
      flow.classes = flow.classes.filter((c) => c !== id);
      if (flow.classes.length === 0) delete flow.classes;
    }
    if (flow.classProbability) {
      Reflect.deleteProperty(flow.classProbability, id);
      if (Object.keys(flow.classProbability).length === 0) delete flow.classProbability;
    }
  }
}

/** Why `to` cannot be the new id of class `from` (an inspector message key), if it cannot. */
export function classIdProblem(
  blueprint: Blueprint,
  from: string,
  to: string,
): 'idInvalid' | 'idTaken' | undefined {
  if (!isValidId(to)) return 'idInvalid';
  // Renaming to itself is no change, not a clash with itself.
  if (to !== from && (blueprint.classes ?? []).some((c) => c.id === to)) return 'idTaken';
  return undefined;
}

/**
 * Renames a class and every flow's mention of it; false (and no change) if the class is
 * gone, the id is unchanged, or `to` is invalid or taken.
 */
export function renameClass(draft: Blueprint, from: string, to: string): boolean {
  const found = draft.classes?.find((c) => c.id === from);
  if (!found || from === to || classIdProblem(draft, from, to) !== undefined) return false;
  found.id = to;
  for (const flow of draft.flows) {
    if (flow.classes) flow.classes = flow.classes.map((c) => (c === from ? to : c));
    const chances = flow.classProbability;
    if (chances && Object.hasOwn(chances, from)) {
      // Rebuilt rather than patched so the key keeps its place in the saved file.
      flow.classProbability = Object.fromEntries(
        Object.entries(chances).map(([key, chance]) => [key === from ? to : key, chance]),
      );
    }
  }
  return true;
}

/** Changes one class in place; does nothing if it is gone. */
export function updateClass(
  draft: Blueprint,
  id: string,
  change: (c: CustomerClass) => void,
): void {
  const found = draft.classes?.find((c) => c.id === id);
  if (found) change(found);
}

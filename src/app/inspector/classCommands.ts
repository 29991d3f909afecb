/**
 * Adding, renaming and removing customer classes. Flows and steps name classes by id
 * (a flow's `classes` and `classProbability` keys, a step's `classDuration` and
 * `failure.classProbability` keys), so renaming and removal follow through to them.
 */
import { isValidId, type Blueprint, type CustomerClass } from '../../model/index.ts';

type ByClass<T> = Record<string, T>;

/** The record without the class's key; undefined when nothing is left. */
function withoutClass<T>(byClass: ByClass<T> | undefined, id: string): ByClass<T> | undefined {
  if (!byClass || !Object.hasOwn(byClass, id)) return byClass;
  const rest = Object.fromEntries(Object.entries(byClass).filter(([key]) => key !== id));
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The record with the class's key renamed, rebuilt so the key keeps its place in the file. */
function renamedClass<T>(byClass: ByClass<T> | undefined, from: string, to: string) {
  if (!byClass || !Object.hasOwn(byClass, from)) return byClass;
  return Object.fromEntries(
    Object.entries(byClass).map(([key, value]) => [key === from ? to : key, value]),
  );
}

/** Sets an optional field, leaving it out when undefined (the file holds what is written). */
function setOptional<K extends string, T>(
  target: Partial<Record<K, T>>,
  key: K,
  value: T | undefined,
) {
  if (value === undefined) Reflect.deleteProperty(target, key);
  else target[key] = value;
}

/** Applies a change of class keys to every step's per-class service. */
function changeStepClasses(
  draft: Blueprint,
  change: <T>(byClass?: ByClass<T>) => ByClass<T> | undefined,
) {
  for (const step of draft.steps) {
    setOptional(step, 'classDuration', change(step.classDuration));
    if (step.failure)
      setOptional(step.failure, 'classProbability', change(step.failure.classProbability));
  }
}
import { freshId } from '../editor/commands/ids.ts';
import { shareOutRemoved, shareWithNewClass, type ShareOnAdd } from './classShares.ts';

/**
 * Adds a class that can run at once: with shared arrivals it takes an equal part of them
 * (said in `share`), the other classes scaled down to keep the total at 100 %.
 */
export function addClass(
  draft: Blueprint,
  label: { en: string; 'zh-CN': string },
): { id: string; share?: ShareOnAdd } {
  const classes = (draft.classes ??= []);
  const id = freshId('class', new Set(classes.map((c) => c.id)));
  const added: CustomerClass = { id, label };
  classes.push(added);
  const share = shareWithNewClass(draft, classes[classes.length - 1]!);
  return share ? { id, share } : { id };
}

/**
 * Removes a class and every flow's mention of it (a flow left for no class applies to all);
 * its share of the shared arrivals goes to the other classes in proportion.
 */
export function removeClass(draft: Blueprint, id: string): void {
  const removed = draft.classes?.find((c) => c.id === id);
  draft.classes = (draft.classes ?? []).filter((c) => c.id !== id);
  if (removed) shareOutRemoved(draft, removed);
  if (draft.classes.length === 0) delete draft.classes;
  for (const flow of draft.flows) {
    if (flow.classes) {
      flow.classes = flow.classes.filter((c) => c !== id);
      if (flow.classes.length === 0) delete flow.classes;
    }
    setOptional(flow, 'classProbability', withoutClass(flow.classProbability, id));
  }
  changeStepClasses(draft, (byClass) => withoutClass(byClass, id));
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
    setOptional(flow, 'classProbability', renamedClass(flow.classProbability, from, to));
  }
  changeStepClasses(draft, (byClass) => renamedClass(byClass, from, to));
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

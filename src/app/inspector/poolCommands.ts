/**
 * Editing resource pools from the blueprint panel. Pools are named by id in steps, in
 * other pools' `alsoServes` and `servesFirst` and in day types' staffing, so renaming or
 * removing one follows through to all of them.
 */
import type { Blueprint, ResourcePool } from '../../model/index.ts';
import { freshId } from '../editor/commands/ids.ts';
import { removePoolOnDays, renamePoolOnDays } from './dayTypeCommands.ts';

export function addPool(draft: Blueprint, label: { en: string; 'zh-CN': string }): string {
  const pools = (draft.resources ??= []);
  const id = freshId('pool', new Set(pools.map((pool) => pool.id)));
  pools.push({ id, kind: 'staff', label, capacity: 1 });
  return id;
}

/**
 * Removes a pool; steps that needed it no longer need a pool, and pools that also served
 * its queue no longer list it, and day types no longer staff it.
 */
export function removePool(draft: Blueprint, id: string): void {
  draft.resources = (draft.resources ?? []).filter((pool) => pool.id !== id);
  if (draft.resources.length === 0) delete draft.resources;
  for (const step of draft.steps) if (step.resource?.pool === id) delete step.resource;
  removePoolOnDays(draft, id);
  for (const pool of draft.resources ?? []) {
    for (const field of SERVED_FIELDS) {
      const list = pool[field];
      if (list?.includes(id))
        setServed(
          pool,
          field,
          list.filter((other) => other !== id),
        );
    }
  }
}

/** Renames a pool and the steps' references to it; false if the new id is taken. */
export function renamePool(draft: Blueprint, from: string, to: string): boolean {
  const pools = draft.resources ?? [];
  if (from === to || pools.some((pool) => pool.id === to)) return false;
  const pool = pools.find((p) => p.id === from);
  if (!pool) return false;
  pool.id = to;
  for (const step of draft.steps) if (step.resource?.pool === from) step.resource.pool = to;
  renamePoolOnDays(draft, from, to);
  for (const other of pools) {
    for (const field of SERVED_FIELDS) {
      const list = other[field];
      if (list?.includes(from)) other[field] = list.map((id) => (id === from ? to : id));
    }
  }
  return true;
}

/** Changes one pool in place; does nothing if it is gone. */
export function updatePool(
  draft: Blueprint,
  id: string,
  change: (pool: ResourcePool) => void,
): void {
  const pool = draft.resources?.find((p) => p.id === id);
  if (pool) change(pool);
}

/** The lists of other pools whose queues a pool serves: when idle, or before its own. */
export type ServedField = 'alsoServes' | 'servesFirst';
const SERVED_FIELDS: readonly ServedField[] = ['alsoServes', 'servesFirst'];

/** Sets the pools whose queues the pool also serves when idle; an empty list drops the field. */
export function setAlsoServes(pool: ResourcePool, served: readonly string[]): void {
  setServed(pool, 'alsoServes', served);
}

/** Sets one list of pools whose queues the pool serves; an empty list drops the field. */
export function setServed(pool: ResourcePool, field: ServedField, served: readonly string[]): void {
  if (served.length > 0) pool[field] = [...served];
  else if (field === 'alsoServes') delete pool.alsoServes;
  else delete pool.servesFirst;
}

/** The list with the entry at `index` moved one place earlier (-1) or later (+1); unchanged at an end. */
export function movedInList(list: readonly string[], index: number, by: -1 | 1): string[] {
  const target = index + by;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * Editing resource pools from the blueprint panel. Pools are named by id in steps, so
 * renaming or removing one follows through to the steps that need it.
 */
import type { Blueprint, ResourcePool } from '../../model/index.ts';
import { freshId } from '../editor/commands/ids.ts';

export function addPool(draft: Blueprint, label: { en: string; 'zh-CN': string }): string {
  const pools = (draft.resources ??= []);
  const id = freshId('pool', new Set(pools.map((pool) => pool.id)));
  pools.push({ id, kind: 'staff', label, capacity: 1 });
  return id;
}

/** Removes a pool; steps that needed it no longer need a pool. */
export function removePool(draft: Blueprint, id: string): void {
  draft.resources = (draft.resources ?? []).filter((pool) => pool.id !== id);
  if (draft.resources.length === 0) delete draft.resources;
  for (const step of draft.steps) if (step.resource?.pool === id) delete step.resource;
}

/** Renames a pool and the steps' references to it; false if the new id is taken. */
export function renamePool(draft: Blueprint, from: string, to: string): boolean {
  const pools = draft.resources ?? [];
  if (from === to || pools.some((pool) => pool.id === to)) return false;
  const pool = pools.find((p) => p.id === from);
  if (!pool) return false;
  pool.id = to;
  for (const step of draft.steps) if (step.resource?.pool === from) step.resource.pool = to;
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

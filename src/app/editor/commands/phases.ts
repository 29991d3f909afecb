/** Journey phases (the columns): add, rename, reorder, remove. */
import type { Blueprint, Text } from '../../../model/index.ts';
import { freshId } from './ids.ts';

export function addPhase(draft: Blueprint, label: Text): string {
  const phases = (draft.phases ??= []);
  const id = freshId('phase', new Set(phases.map((phase) => phase.id)));
  phases.push({ id, label });
  return id;
}

export function renamePhase(draft: Blueprint, id: string, label: Text): void {
  const phase = draft.phases?.find((p) => p.id === id);
  if (phase) phase.label = label;
}

/** Moves a phase one column left (-1) or right (+1). */
export function movePhase(draft: Blueprint, id: string, by: -1 | 1): void {
  const phases = draft.phases ?? [];
  const index = phases.findIndex((p) => p.id === id);
  const target = index + by;
  if (index < 0 || target < 0 || target >= phases.length) return;
  [phases[index], phases[target]] = [phases[target]!, phases[index]!];
}

/** Removes a phase; its steps keep their place but no longer name it. */
export function removePhase(draft: Blueprint, id: string): void {
  if (!draft.phases) return;
  draft.phases = draft.phases.filter((p) => p.id !== id);
  for (const step of draft.steps) if (step.phase === id) delete step.phase;
}

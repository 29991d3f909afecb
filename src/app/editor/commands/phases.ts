/** Journey phases (the columns): add, rename, reorder, remove. */
import type { Blueprint, Text } from '../../../model/index.ts';
import { STEP_WIDTH } from '../../diagram/geometry.ts';
import { freshId } from './ids.ts';

/**
 * Adds a phase at the end. The first phase of a blueprint already drawn takes its steps:
 * columns are drawn where their steps are, so otherwise the new, empty column would sit
 * beside steps that belong to no phase, looking as if it held them while it did not.
 */
export function addPhase(draft: Blueprint, label: Text): string {
  const phases = (draft.phases ??= []);
  const id = freshId('phase', new Set(phases.map((phase) => phase.id)));
  if (phases.length === 0) for (const step of draft.steps) step.phase ??= id;
  phases.push({ id, label });
  return id;
}

export function renamePhase(draft: Blueprint, id: string, label: Text): void {
  const phase = draft.phases?.find((p) => p.id === id);
  if (phase) phase.label = label;
}

/** Left and right edges of the boxes of a phase's placed steps; undefined when it has none. */
function spanOf(draft: Blueprint, phaseId: string): { left: number; right: number } | undefined {
  const xs = draft.steps.flatMap((step) =>
    step.phase === phaseId && step.position ? [step.position.x] : [],
  );
  if (xs.length === 0) return undefined;
  return { left: Math.min(...xs), right: Math.max(...xs) + STEP_WIDTH };
}

/**
 * Moves a phase one column left (-1) or right (+1), with its steps: columns are drawn
 * where their steps are, so the two phases' steps trade places, each group keeping its
 * own arrangement and the gap between the groups staying as it was.
 */
export function movePhase(draft: Blueprint, id: string, by: -1 | 1): void {
  const phases = draft.phases ?? [];
  const index = phases.findIndex((p) => p.id === id);
  const target = index + by;
  if (index < 0 || target < 0 || target >= phases.length) return;
  const [earlier, later] =
    by < 0 ? [phases[target]!, phases[index]!] : [phases[index]!, phases[target]!];
  const first = spanOf(draft, earlier.id);
  const second = spanOf(draft, later.id);
  if (first && second) {
    // The later group moves to where the earlier began; the earlier follows after it.
    const laterShift = first.left - second.left;
    const earlierShift = second.right - first.right;
    for (const step of draft.steps) {
      if (!step.position) continue;
      if (step.phase === later.id) step.position.x += laterShift;
      else if (step.phase === earlier.id) step.position.x += earlierShift;
    }
  }
  [phases[index], phases[target]] = [phases[target]!, phases[index]!];
}

/** Removes a phase; its steps keep their place but no longer name it. */
export function removePhase(draft: Blueprint, id: string): void {
  if (!draft.phases) return;
  draft.phases = draft.phases.filter((p) => p.id !== id);
  for (const step of draft.steps) if (step.phase === id) delete step.phase;
}

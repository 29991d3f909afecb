/**
 * Journey phases as columns, left to right in the blueprint's order. A column is as wide
 * as the steps of its phase; neighbouring columns meet halfway between their steps, and
 * a phase without steps still gets room for one.
 */
import type { Blueprint } from '../../model/index.ts';
import { MIN_PHASE_WIDTH, STEP_GAP, STEP_WIDTH } from './geometry.ts';
import type { Placement } from './placement.ts';
import type { PhaseColumn } from './types.ts';

interface Span {
  left: number;
  right: number;
}

export function layoutPhases(
  blueprint: Blueprint,
  placements: readonly Placement[],
): PhaseColumn[] {
  const phases = blueprint.phases ?? [];
  if (phases.length === 0) return [];

  // Each phase's steps, with half a gap of air on either side.
  const spans = phases.map((phase): Span | undefined => {
    const xs = blueprint.steps.flatMap((step, index) =>
      step.phase === phase.id ? [placements[index]!.x] : [],
    );
    if (xs.length === 0) return undefined;
    return {
      left: Math.min(...xs) - STEP_GAP / 2,
      right: Math.max(...xs) + STEP_WIDTH + STEP_GAP / 2,
    };
  });

  const columns: PhaseColumn[] = [];
  let left = spans.find((span) => span !== undefined)?.left ?? 0;
  phases.forEach((phase, index) => {
    const span = spans[index];
    const next = spans[index + 1];
    let right: number;
    if (span && next) right = (span.right + next.left) / 2;
    else if (span) right = span.right;
    else right = left + MIN_PHASE_WIDTH;
    // Steps drawn out of phase order must not turn a column inside out.
    right = Math.max(right, left + MIN_PHASE_WIDTH);
    columns.push({ id: phase.id, label: phase.label, left, right });
    left = right;
  });
  return columns;
}

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
  // Phases without steps before the first that has some stand to its left, so that a
  // step dropped into the second of three empty columns stays under the second header.
  const firstWithSteps = spans.findIndex((span) => span !== undefined);
  let left =
    firstWithSteps < 0 ? 0 : spans[firstWithSteps]!.left - firstWithSteps * MIN_PHASE_WIDTH;
  phases.forEach((phase, index) => {
    const span = spans[index];
    const next = spans[index + 1];
    let right: number;
    if (span && next) right = (span.right + next.left) / 2;
    else if (span) right = span.right;
    else right = left + emptyColumnWidth(spans, index, left);
    // Steps drawn out of phase order must not turn a column inside out.
    right = Math.max(right, left + MIN_PHASE_WIDTH);
    columns.push({ id: phase.id, label: phase.label, left, right });
    left = right;
  });
  return columns;
}

/**
 * A phase without steps between two that have some shares the room between their steps
 * with the other empty ones there, when that room holds them all; otherwise, or after the
 * last phase with steps, it gets the room of one step.
 */
function emptyColumnWidth(
  spans: readonly (Span | undefined)[],
  index: number,
  left: number,
): number {
  const nextWithSteps = spans.findIndex((span, at) => at > index && span !== undefined);
  if (nextWithSteps < 0) return MIN_PHASE_WIDTH;
  const share = (spans[nextWithSteps]!.left - left) / (nextWithSteps - index);
  return Math.max(share, MIN_PHASE_WIDTH);
}

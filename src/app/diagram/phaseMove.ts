/**
 * A step given another phase in the inspector moves into that phase's column, so the
 * drawing keeps saying what the file says: a phase is where a step is drawn
 * (phasePlace.ts), and a seam between two phases never runs through a box. Picking the
 * phase of a step left standing in its old column made the columns overlap, and their
 * seam, halfway between them, cut the step in two (a designer's run-through).
 */
import type { Blueprint, Step } from '../../model/index.ts';
import { firstFreeSpot } from './dropPlaces.ts';
import { STEP_GAP, STEP_WIDTH } from './geometry.ts';
import { columnAt } from './phasePlace.ts';
import { layoutPhases } from './phases.ts';
import { placeSteps } from './placement.ts';
import type { StepPlace } from './types.ts';

/**
 * The moves, ready for `moveSteps` (one edit), that give `stepId` the phase `phaseId`:
 * the step itself, where it stays if it already stands in that column, else at the first
 * free spot of its lane among the phase's steps, else just right of them; and, when that
 * needs room, every step of the later phases shifted right by the same amount.
 */
export function movesIntoPhase(
  blueprint: Blueprint,
  stepId: string,
  phaseId: string,
): Map<string, StepPlace> {
  const placements = placeSteps(blueprint);
  const index = blueprint.steps.findIndex((step) => step.id === stepId);
  const step = blueprint.steps[index];
  if (!step) return new Map();
  const here = placements[index]!;
  const moves = new Map<string, StepPlace>();
  const phases = blueprint.phases ?? [];
  const order = phases.findIndex((phase) => phase.id === phaseId);
  if (order < 0) return moves;

  // The columns as the other steps draw them.
  const others = blueprint.steps.flatMap((other, at) =>
    at === index ? [] : [{ step: other, placement: placements[at]! }],
  );
  const columns = layoutPhases(
    { ...blueprint, steps: others.map((other) => other.step) },
    others.map((other) => other.placement),
  );
  const target = columns.find((column) => column.id === phaseId)!;
  if (columnAt([target], here.x)) {
    moves.set(stepId, { lane: step.lane, x: here.x, y: here.y, phase: phaseId });
    return moves;
  }

  const inLane = others.filter((other) => other.step.lane === step.lane);
  const members = others.filter((other) => other.step.phase === phaseId);
  const memberXs = members.map((member) => member.placement.x);
  const firstX = memberXs.length > 0 ? Math.min(...memberXs) : target.left + STEP_GAP / 2;
  const lastX = memberXs.length > 0 ? Math.max(...memberXs) : firstX;
  // Among the phase's steps, when its lane has a free spot there.
  const among = firstFreeSpot(
    { x: firstX, y: here.y },
    inLane.map((other) => other.placement),
  );
  if (among.x <= lastX) {
    moves.set(stepId, { lane: step.lane, ...among, phase: phaseId });
    return moves;
  }

  // Else just after them, the later phases' steps moving right to make the room.
  const laterPhases = new Set(phases.slice(order + 1).map((phase) => phase.id));
  const isLater = (other: Step) => other.phase !== undefined && laterPhases.has(other.phase);
  const afterX = memberXs.length > 0 ? lastX + STEP_WIDTH + STEP_GAP : firstX;
  const after = firstFreeSpot(
    { x: afterX, y: here.y },
    inLane.filter((other) => !isLater(other.step)).map((other) => other.placement),
  );
  moves.set(stepId, { lane: step.lane, ...after, phase: phaseId });
  const later = others.filter((other) => isLater(other.step));
  const laterLeft = Math.min(...later.map((other) => other.placement.x));
  const shift = Math.max(0, after.x + STEP_WIDTH + STEP_GAP - laterLeft);
  if (shift === 0) return moves;
  for (const { step: other, placement } of later) {
    moves.set(other.id, { lane: other.lane, x: placement.x + shift, y: placement.y });
  }
  return moves;
}

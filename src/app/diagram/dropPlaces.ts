/**
 * Where dragged steps land. The lane follows the drop point (placeAt), and a step never
 * hides another: a box dropped onto a step of its lane, or so close beside, over or under it that
 * marks and heat strips would meet, slides right to the first free spot. Pure, so the
 * canvas only turns the drag into points and commits the result.
 */
import type { Blueprint, LaneId } from '../../model/index.ts';
import { NEAR_GAP, STACK_GAP, STEP_GAP, STEP_HEIGHT, STEP_WIDTH } from './geometry.ts';
import { layoutPhases } from './phases.ts';
import { shiftIntoView, type ViewSpan } from './inView.ts';
import { columnAt, reachesNextColumn } from './phasePlace.ts';
import { placeAt } from './placeAt.ts';
import { placeSteps, type Placement } from './placement.ts';
import type { LaneBand, PhaseColumn, StepPlace } from './types.ts';

/** A dragged step's top-left corner in canvas coordinates when it was let go. */
export interface DroppedStep {
  stepId: string;
  x: number;
  y: number;
}

/**
 * True when box a covers box b, or stands beside, over or under it with less than
 * NEAR_GAP between. Beside matters too: two boxes dropped 9 px apart put one's right
 * handle next to the other's left one, and a flow dragged to "Post the repayment" ended
 * on the step beside it (a designer's run-through).
 */
function crowds(a: Placement, b: Placement): boolean {
  return (
    a.x < b.x + STEP_WIDTH + NEAR_GAP &&
    b.x < a.x + STEP_WIDTH + NEAR_GAP &&
    a.y < b.y + STEP_HEIGHT + NEAR_GAP &&
    b.y < a.y + STEP_HEIGHT + NEAR_GAP
  );
}

/**
 * The first spot at or right of `place` (same y, lane coordinates) whose box crowds none
 * of `others`. Each jump lands past a blocker, so x only grows and the search ends.
 */
export function firstFreeSpot(place: Placement, others: readonly Placement[]): Placement {
  let x = place.x;
  for (;;) {
    const blocker = others.find((other) => crowds({ x, y: place.y }, other));
    if (!blocker) return { x, y: place.y };
    x = blocker.x + STEP_WIDTH + STEP_GAP;
  }
}

/**
 * The first spot at or below `place` (same x) whose box crowds none of `others`, a full
 * STACK_GAP under the step in the way: where a pasted copy goes, just under what it
 * copies, its lane growing to hold it.
 */
export function firstFreeSpotBelow(place: Placement, others: readonly Placement[]): Placement {
  let y = place.y;
  for (;;) {
    const blocker = others.find((other) => crowds({ x: place.x, y }, other));
    if (!blocker) return { x: place.x, y };
    y = blocker.y + STEP_HEIGHT + STACK_GAP;
  }
}

/**
 * Where a box dropped at `place` goes when it covers a step: the first free spot to the
 * right, unless that is past its phase column, then the first free spot below (the lane
 * grows): sliding must not carry a step into the next phase. Its phase is the column's
 * under the drop point: the box's left edge where it was let go (`droppedX`), before it
 * was moved into view. Moved out from under the lane rail, a box dropped in a narrow
 * empty first phase crossed into the next one and took its phase (a designer's
 * run-through).
 */
export function slideClear(
  place: StepPlace,
  others: readonly Placement[],
  columns: readonly PhaseColumn[],
  droppedX = place.x,
): StepPlace {
  const found = columnAt(columns, droppedX);
  const phase = found ? { phase: found.column.id } : {};
  const right = firstFreeSpot(place, others);
  const spot = reachesNextColumn(found, right.x) ? firstFreeSpotBelow(place, others) : right;
  return { lane: place.lane, x: spot.x, y: spot.y, ...phase };
}

/**
 * The places of dropped steps, ready for `moveSteps`. With the `view` the drop was made
 * in, steps let go partly outside it (under the lane rail) come into it, together.
 */
export function dropPlaces(
  blueprint: Blueprint,
  lanes: readonly LaneBand[],
  dropped: readonly DroppedStep[],
  view?: ViewSpan,
): Map<string, StepPlace> {
  const moving = new Set(dropped.map((step) => step.stepId));
  const placements = placeSteps(blueprint);
  const taken = new Map<LaneId, Placement[]>();
  const take = (lane: LaneId, placement: Placement) => {
    const list = taken.get(lane) ?? [];
    list.push(placement);
    taken.set(lane, list);
  };
  blueprint.steps.forEach((step, index) => {
    if (!moving.has(step.id)) take(step.lane, placements[index]!);
  });

  const columns = layoutPhases(blueprint, placements);
  const moves = new Map<string, StepPlace>();
  const lefts = dropped.map((step) => step.x);
  const shift = view ? shiftIntoView(Math.min(...lefts), Math.max(...lefts), view) : 0;
  // Left to right, so a group dropped together keeps its order when some of it slides.
  for (const step of [...dropped].sort((a, b) => a.x - b.x)) {
    const place = placeAt(lanes, step.x + shift, step.y);
    const spot = slideClear(place, taken.get(place.lane) ?? [], columns, step.x);
    moves.set(step.stepId, spot);
    take(spot.lane, spot);
  }
  return moves;
}

/** True when the moves would leave every step where it already is (a click, not a drag). */
export function movesNothing(blueprint: Blueprint, moves: ReadonlyMap<string, StepPlace>): boolean {
  const placements = placeSteps(blueprint);
  return blueprint.steps.every((step, index) => {
    const place = moves.get(step.id);
    if (!place) return true;
    const now = placements[index]!;
    return (
      place.lane === step.lane &&
      step.position !== undefined &&
      Math.round(place.x) === now.x &&
      Math.round(place.y) === now.y
    );
  });
}

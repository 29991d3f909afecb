/**
 * Where a step added from the palette goes. Pure functions: the drop handler and the
 * click handler read the screen and the store, these decide the place.
 */
import type { Blueprint, LaneId } from '../../model/index.ts';
import { AUTO_X, AUTO_Y, STEP_GAP, STEP_HEIGHT, STEP_WIDTH } from '../diagram/geometry.ts';
import { slideClear } from '../diagram/dropPlaces.ts';
import { shiftIntoView, type ViewSpan } from '../diagram/inView.ts';
import { columnAt } from '../diagram/phasePlace.ts';
import { layoutPhases } from '../diagram/phases.ts';
import { placeAt } from '../diagram/placeAt.ts';
import { placeSteps } from '../diagram/placement.ts';
import type { LaneBand, StepPlace } from '../diagram/types.ts';

export interface Point {
  x: number;
  y: number;
}

/** The lane a click adds to when nothing is selected: the customer's lane leads the journey. */
export const DEFAULT_CLICK_LANE: LaneId = 'customer';

/**
 * A step dropped at a canvas point: the new box is centred on the point (that is where
 * the chip was under the pointer), then `placeAt` picks the lane and keeps it in its band.
 * Dropped near the pane's edge (the lane rail), it comes wholly into the `view`; onto a
 * step, it slides clear as a dragged step does; inside a phase column it gets that phase.
 */
export function dropPlace(
  blueprint: Blueprint,
  lanes: readonly LaneBand[],
  flowPoint: Point,
  view?: ViewSpan,
): StepPlace {
  const left = flowPoint.x - STEP_WIDTH / 2;
  const x = view ? left + shiftIntoView(left, left, view) : left;
  const place = placeAt(lanes, x, flowPoint.y - STEP_HEIGHT / 2);
  const placements = placeSteps(blueprint);
  const others = placements.filter((_, index) => blueprint.steps[index]!.lane === place.lane);
  return slideClear(place, others, layoutPhases(blueprint, placements), left);
}

/**
 * A step added by clicking a chip (or from the keyboard): into the selected step's lane
 * (else the customer's), just right of the rightmost step already there and level with
 * it, so it overlaps nothing and continues the row the designer is building. Its phase is
 * the column it lands in; past the last column, the phase of the step it follows.
 */
export function clickAddPlace(blueprint: Blueprint, selectedStepId: string | undefined): StepPlace {
  const selected = blueprint.steps.find((step) => step.id === selectedStepId);
  const lane = selected?.lane ?? DEFAULT_CLICK_LANE;
  // Steps without a stored position are drawn where automatic placement puts them.
  const placements = placeSteps(blueprint);
  let rightmost: { x: number; y: number; phase: string | undefined } | undefined;
  blueprint.steps.forEach((step, index) => {
    const placement = placements[index]!;
    if (step.lane === lane && (!rightmost || placement.x > rightmost.x))
      rightmost = { ...placement, phase: step.phase };
  });
  const place = rightmost
    ? { lane, x: rightmost.x + STEP_WIDTH + STEP_GAP, y: rightmost.y }
    : { lane, x: AUTO_X, y: AUTO_Y };
  const phase =
    columnAt(layoutPhases(blueprint, placements), place.x)?.column.id ?? rightmost?.phase;
  return phase === undefined ? place : { ...place, phase };
}

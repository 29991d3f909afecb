/** The five lane bands stacked top to bottom, and the three lines between them. */
import { LANE_IDS, LINES, type Blueprint } from '../../model/index.ts';
import { DEFAULT_LANE_HEIGHT, LANE_BOTTOM_PADDING, STEP_HEIGHT } from './geometry.ts';
import type { Placement } from './placement.ts';
import type { LaneBand, LineMark } from './types.ts';

/**
 * Each lane is as tall as the blueprint asks (or the default), and taller when a step
 * would otherwise hang out of it: a step always lies inside its own band.
 */
export function layoutLanes(
  blueprint: Blueprint,
  placements: readonly Placement[],
): { lanes: LaneBand[]; lines: LineMark[] } {
  const lanes: LaneBand[] = [];
  let top = 0;
  for (const id of LANE_IDS) {
    const settings = blueprint.lanes?.[id];
    let lowest = 0;
    blueprint.steps.forEach((step, index) => {
      if (step.lane === id) lowest = Math.max(lowest, placements[index]!.y + STEP_HEIGHT);
    });
    const height = Math.max(settings?.height ?? DEFAULT_LANE_HEIGHT, lowest + LANE_BOTTOM_PADDING);
    lanes.push(
      settings?.label === undefined
        ? { id, top, height }
        : { id, top, height, label: settings.label },
    );
    top += height;
  }
  const topOf = new Map(lanes.map((lane) => [lane.id, lane.top]));
  const lines = LINES.map((line) => ({ id: line.id, y: topOf.get(line.below)! }));
  return { lanes, lines };
}

/**
 * From a point on the canvas to a place in the blueprint: the lane band the point falls
 * in and the y within that lane. Dropping a new step and dragging an existing one both
 * use it, so "a step's lane follows its position" has one definition.
 */
import type { LaneId } from '../../model/index.ts';
import { STEP_HEIGHT } from './geometry.ts';
import type { LaneBand, StepPlace } from './types.ts';

/**
 * Where a step whose top-left corner is at (x, y) belongs: the lane holding the step's
 * vertical middle (the first lane above the top, the last below the bottom), snapped so
 * that the box lies inside its band.
 */
export function placeAt(lanes: readonly LaneBand[], x: number, y: number): StepPlace {
  const middle = y + STEP_HEIGHT / 2;
  const lane = lanes.find((band) => middle < band.top + band.height) ?? lanes[lanes.length - 1]!;
  const top = middle < lanes[0]!.top ? lanes[0]! : lane;
  const inside = Math.min(Math.max(0, y - top.top), Math.max(0, top.height - STEP_HEIGHT));
  return { lane: top.id as LaneId, x: Math.round(x), y: Math.round(inside) };
}

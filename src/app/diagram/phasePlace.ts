/**
 * Which journey phase a step belongs to by where it sits: the phase column holding the
 * middle of its box. Dropping, dragging and nudging share it, so "the phase follows the
 * position" has one definition, as placeAt.ts is for lanes.
 */
import { STEP_WIDTH } from './geometry.ts';
import type { PhaseColumn } from './types.ts';

/** The column under a step whose left edge is at x; undefined outside every column. */
export function columnAt(
  columns: readonly PhaseColumn[],
  x: number,
): { column: PhaseColumn; next: PhaseColumn | undefined } | undefined {
  const middle = x + STEP_WIDTH / 2;
  const index = columns.findIndex((column) => column.left <= middle && middle < column.right);
  if (index < 0) return undefined;
  return { column: columns[index]!, next: columns[index + 1] };
}

/**
 * True when a box with its left edge at x reaches past its column into the next one: a
 * drop that slid that far would be drawn under the next phase's header while belonging
 * to its own.
 */
export function reachesNextColumn(
  found: { column: PhaseColumn; next: PhaseColumn | undefined } | undefined,
  x: number,
): boolean {
  return found?.next !== undefined && x + STEP_WIDTH > found.column.right;
}

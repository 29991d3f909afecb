/**
 * A dropped box lands inside the part of the canvas the user sees. The lane rail and the
 * inspector stand beside the pane: a box dropped with its middle near the rail (a palette
 * chip is centred on the pointer) would land half under it, drawn where nobody can read it
 * or grab it. Dragging and the palette share this, in canvas units.
 */
import { STEP_WIDTH } from './geometry.ts';

/** The canvas x range in view, less a margin on each side; the whole line when unknown. */
export interface ViewSpan {
  left: number;
  right: number;
}

/** Air kept between a dropped box and the pane's edge, in screen px. */
export const DROP_MARGIN_ON_SCREEN = 12;

/**
 * The x range in view for a pane `width` px wide whose canvas is shifted by `panX` px
 * and drawn at `zoom`, less the drop margin.
 */
export function viewSpan(panX: number, zoom: number, width: number): ViewSpan {
  return {
    left: (DROP_MARGIN_ON_SCREEN - panX) / zoom,
    right: (width - DROP_MARGIN_ON_SCREEN - panX) / zoom,
  };
}

/**
 * How far to move something spanning [start, start + size] so that it lies in [min, max]:
 * 0 when it does. When it is larger, its start goes to min: the side the lane names stand
 * on, and where reading starts. Screen overlays (a mark's tooltip) use it too.
 */
export function shiftIntoRange(start: number, size: number, min: number, max: number): number {
  if (start < min) return min - start;
  const over = start + size - max;
  if (over > 0) return Math.max(min - start, -over);
  return 0;
}

/**
 * How far to move boxes whose left edges span [left, right] (one box: left = right) so
 * that all of them lie in `view`: 0 when they do.
 */
export function shiftIntoView(left: number, right: number, view: ViewSpan): number {
  return shiftIntoRange(left, right + STEP_WIDTH - left, view.left, view.right);
}

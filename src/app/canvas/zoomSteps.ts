/**
 * The zoom buttons' steps. Each press multiplies or divides the zoom by one factor, on a
 * ladder of levels through the zoom the user started stepping from, so a press out and a
 * press in come back to where they were. The canvas's zoom limits are stops of their own:
 * a step out that would pass the lowest zoom stops there, and the next step in goes back
 * to the ladder's level above it, not to the limit times the factor (React Flow's own
 * buttons did that: out eleven times and in eleven times from the deposit's first view
 * ended at another zoom than it started at).
 */

/** How much one press zooms: React Flow's own buttons' factor. */
export const ZOOM_STEP = 1.2;
/** The canvas's zoom limits (CanvasFlow gives React Flow the same). */
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2;

/** Two zooms this close (relatively) are one level: rounding in React Flow's transform. */
const SAME_LEVEL = 1e-6;

export interface ZoomLadder {
  /** A level the ladder passes through: the zoom stepping started from. */
  anchor: number;
  min: number;
  max: number;
  factor: number;
}

const sameLevel = (a: number, b: number): boolean => Math.abs(a / b - 1) < SAME_LEVEL;

/** The ladder's index of `zoom`, fractional between two levels. */
function rung(ladder: ZoomLadder, zoom: number): number {
  return Math.log(zoom / ladder.anchor) / Math.log(ladder.factor);
}

/** Whether `zoom` is a level of the ladder or one of its limits. */
export function onLadder(ladder: ZoomLadder, zoom: number): boolean {
  if (sameLevel(zoom, ladder.min) || sameLevel(zoom, ladder.max)) return true;
  const index = rung(ladder, zoom);
  return Math.abs(index - Math.round(index)) < SAME_LEVEL * 10;
}

/** The zoom one press in (`direction` 1) or out (-1) leads to from `zoom`, within the limits. */
export function stepZoom(ladder: ZoomLadder, zoom: number, direction: 1 | -1): number {
  const index = rung(ladder, zoom);
  const nearest = Math.round(index);
  const at = Math.abs(index - nearest) < SAME_LEVEL * 10 ? nearest : index;
  // From a level, the next one; from between two levels (a limit), the nearer one that way.
  const next = direction > 0 ? Math.floor(at) + 1 : Math.ceil(at) - 1;
  const level = ladder.anchor * ladder.factor ** next;
  return Math.min(ladder.max, Math.max(ladder.min, level));
}

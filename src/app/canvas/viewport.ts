/**
 * Where the camera starts. A blueprint is long and the five lanes are what a reader needs
 * to see together, so a view that would shrink text below a readable size starts at the
 * left at the readable zoom instead, to be panned sideways. Never below the readable
 * zoom: when even the lanes' height does not fit at it (a short window, the results dock
 * open), the lowest lanes are panned to, rather than every name shrunk past reading.
 */
import { STEP_NAME_SIZE } from '../diagram/geometry.ts';
import type { Rect } from '../diagram/types.ts';

export interface ViewportState {
  x: number;
  y: number;
  zoom: number;
}

export interface PaneSize {
  width: number;
  height: number;
}

/** The smallest step name worth drawing, in screen px: smaller is a grey smudge on a laptop. */
export const MIN_NAME_ON_SCREEN = 11;
/** Below this zoom a step's name (15 canvas units) comes out under 11 px on screen. */
export const READABLE_ZOOM = MIN_NAME_ON_SCREEN / STEP_NAME_SIZE;
const MAX_ZOOM = 1;
const PADDING = 12;

/**
 * Room kept at the pane's right for the phase bar's "Add phase" button, so that a view of
 * the whole blueprint leaves the last phase's header beside it, not under it.
 */
export const ADD_PHASE_ROOM = 140;

/**
 * The whole content, however small that makes it: centred across the width left of the
 * "Add phase" button, and from the top, where the lane rail's bands start (centred, a wide
 * blueprint left an empty band above the lanes).
 */
export function fitWhole(bounds: Rect, pane: PaneSize): ViewportState {
  const width = pane.width - ADD_PHASE_ROOM;
  const zoom = Math.min(
    MAX_ZOOM,
    (width - 2 * PADDING) / bounds.width,
    (pane.height - 2 * PADDING) / bounds.height,
  );
  return {
    zoom,
    x: (width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: -bounds.y * zoom,
  };
}

/**
 * The whole content when it stays readable; otherwise as much of it as stays readable: all
 * lanes from the top-left corner at the readable zoom, to be panned sideways. The smallest
 * readable zoom, not the one that fills the pane's height: a blueprint is read along its
 * phases, and at 1440×900 beside the sidebar and the inspector the deposit example then
 * shows a third more of its steps (3½ of its 10 columns instead of 2½). Top-aligned and
 * the same zoom with the results dock open or folded, so nothing moves when the dock opens
 * after a run as long as the lanes still fit above it.
 */
export function readableStart(bounds: Rect, pane: PaneSize): ViewportState {
  const whole = fitWhole(bounds, pane);
  if (whole.zoom >= READABLE_ZOOM) return whole;
  const zoom = READABLE_ZOOM;
  return { zoom, x: -bounds.x * zoom, y: 0 - bounds.y * zoom };
}

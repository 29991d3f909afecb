/**
 * Where the camera starts. A blueprint is long and the five lanes are what a reader needs
 * to see together, so a view that would shrink text below a readable size starts at the
 * left at the lowest readable zoom instead, to be panned sideways. Below the detailed
 * boxes' readable zoom the boxes are drawn as an overview (diagram/overview.ts), whose
 * names stay readable down to the blueprint's overview floor; never below that: when even
 * the lanes' height does not fit at it (a short window, the results dock open), the lowest
 * lanes are panned to, rather than every name shrunk past reading.
 */
import { READABLE_ZOOM } from '../diagram/overview.ts';
import type { Rect } from '../diagram/types.ts';

export { MIN_NAME_ON_SCREEN, READABLE_ZOOM } from '../diagram/overview.ts';

export interface ViewportState {
  x: number;
  y: number;
  zoom: number;
}

export interface PaneSize {
  width: number;
  height: number;
}

const MAX_ZOOM = 1;
const PADDING = 12;

/** Room the phase bar keeps for its "+ Add phase" button after the last column. */
export const ADD_PHASE_ROOM = 140;
/**
 * Room a view of the whole blueprint keeps at the pane's right: where the columns reach
 * the bar's end the button is pinned there as a 40 px "+" (PhaseBar), and the last
 * phase's header stays beside it, not under it. Less than the whole button's room: on a
 * laptop every 10 px of width is worth 0.4 % of zoom.
 */
export const WHOLE_VIEW_RIGHT_ROOM = 48;

/**
 * The whole content, however small that makes it: centred across the width left of the
 * "Add phase" button, and from the top, where the lane rail's bands start (centred, a wide
 * blueprint left an empty band above the lanes).
 */
export function fitWhole(bounds: Rect, pane: PaneSize): ViewportState {
  const width = pane.width - WHOLE_VIEW_RIGHT_ROOM;
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
 * lanes from the top-left corner at the lowest readable zoom, to be panned sideways.
 * `floor` is that zoom: the blueprint's overview floor (the lowest zoom at which every
 * step name still fits whole at 11 px in the overview), or the detailed boxes' readable
 * zoom. The smallest readable zoom, not the one that fills the pane's height: a blueprint
 * is read along its phases, so that shows the most of them. Top-aligned and the same zoom
 * with the results dock open or folded, so nothing moves when the dock opens after a run
 * as long as the lanes still fit above it.
 */
export function readableStart(
  bounds: Rect,
  pane: PaneSize,
  floor: number = READABLE_ZOOM,
): ViewportState {
  const whole = fitWhole(bounds, pane);
  if (whole.zoom >= floor) return whole;
  const zoom = floor;
  return { zoom, x: -bounds.x * zoom, y: 0 - bounds.y * zoom };
}

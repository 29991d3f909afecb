/**
 * Room for a wide blueprint. Beside the sidebar and the inspector a laptop's canvas is
 * some 600 px wide, where a long blueprint shrinks past reading; folded, they give it
 * twice that. When a blueprint is opened or shown whole and does not fit at a readable
 * zoom (its overview floor, diagram/overview.ts) beside the open panels, but does with
 * fewer of them, the fewest are folded: the sidebar first (examples and findings, not
 * needed while reading the blueprint), then the inspector. When even folding both does
 * not make it fit, nothing is folded: the view starts at the readable zoom at the left.
 * Pure: the panels' widths are measured by the caller.
 */
import type { Rect } from '../diagram/types.ts';
import type { FoldedPanels } from '../header/layoutPreferences.ts';
import { fitWhole, readableStart, type PaneSize, type ViewportState } from './viewport.ts';

/** The width each panel would give the pane if folded: 0 for one already folded. */
export interface PanelWidths {
  sidebar: number;
  inspector: number;
}

export interface RoomedView {
  /** The panels to fold for this view (none when nothing needs to be, or nothing helps). */
  fold: FoldedPanels;
  /** The pane once they are folded. */
  pane: PaneSize;
  /** Where the camera goes in that pane: the whole, or the readable start. */
  view: ViewportState;
  /** Whether the whole blueprint is in view at a readable zoom. */
  whole: boolean;
}

/** A zoom that reaches the floor but for rounding counts as reaching it. */
const ZOOM_SLACK = 1e-6;

export function roomForWhole(
  bounds: Rect,
  pane: PaneSize,
  floor: number,
  widths: PanelWidths,
): RoomedView {
  const choices: FoldedPanels[] = [
    { sidebar: false, inspector: false },
    { sidebar: widths.sidebar > 0, inspector: false },
    { sidebar: widths.sidebar > 0, inspector: widths.inspector > 0 },
  ];
  for (const fold of choices) {
    const gained = (fold.sidebar ? widths.sidebar : 0) + (fold.inspector ? widths.inspector : 0);
    const roomier = { width: pane.width + gained, height: pane.height };
    if (fitWhole(bounds, roomier).zoom >= floor - ZOOM_SLACK)
      return { fold, pane: roomier, view: readableStart(bounds, roomier, floor), whole: true };
  }
  return {
    fold: { sidebar: false, inspector: false },
    pane,
    view: readableStart(bounds, pane, floor),
    whole: false,
  };
}

/**
 * The view moved sideways and up or down as little as needed to bring `rect` (canvas
 * units) inside the pane with a margin, at the same zoom: a selected step stays in view
 * when the inspector opens beside it. A rect larger than the pane keeps its top-left.
 */
export function keepInView(
  view: ViewportState,
  rect: Rect,
  pane: PaneSize,
  margin = 24,
): ViewportState {
  const shift = (start: number, size: number, room: number): number => {
    const end = start + size;
    if (end > room - margin) return Math.max(room - margin - end, margin - start);
    if (start < margin) return margin - start;
    return 0;
  };
  const left = view.x + rect.x * view.zoom;
  const top = view.y + rect.y * view.zoom;
  return {
    zoom: view.zoom,
    x: view.x + shift(left, rect.width * view.zoom, pane.width),
    y: view.y + shift(top, rect.height * view.zoom, pane.height),
  };
}

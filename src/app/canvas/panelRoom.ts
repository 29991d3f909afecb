/**
 * Room for a wide blueprint. Beside the sidebar and the inspector a laptop's canvas is
 * some 600 px wide, where a long blueprint shrinks past reading; folded, they give it
 * twice that. When a blueprint is opened or shown whole and is wider, at its readable
 * zoom (its overview floor, diagram/overview.ts), than the canvas beside the open panels,
 * the fewest are folded that give it its width: the sidebar first (examples and findings,
 * not needed while reading the blueprint), then the inspector.
 *
 * What "readable on opening" means, then, for a long blueprint (the 35-step ATM and
 * greeter example, the 33-step margin account opening): the whole of it at its overview
 * floor when that fits with some panels folded; otherwise both panels folded (selecting a
 * step brings the inspector back) and as much as fits at the floor from the left end, the
 * lanes from the top: the first phases read whole, the rest is reached by panning, and the
 * palette row says so. Beside both panels at 1440×900 the margin example showed 8 of its
 * 33 steps (the canvas 624 px wide); folded, 16. Folding never helps a blueprint that is
 * only too tall: its width already fits and nothing is folded.
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
  /** Whether it is wider than the pane at its readable zoom: the rest is panned to. */
  tooWide: boolean;
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
  const roomFor = (fold: FoldedPanels): RoomedView => {
    const gained = (fold.sidebar ? widths.sidebar : 0) + (fold.inspector ? widths.inspector : 0);
    const roomier = { width: pane.width + gained, height: pane.height };
    const whole = fitWhole(bounds, roomier).zoom >= floor - ZOOM_SLACK;
    const tooWide = !widthFitsAt(bounds, roomier, floor);
    return { fold, pane: roomier, view: readableStart(bounds, roomier, floor), whole, tooWide };
  };
  for (const fold of choices) {
    const roomed = roomFor(fold);
    // Whole, or as wide as it gets at the floor (only too tall): more width shows no more.
    if (!roomed.tooWide) return roomed;
  }
  // Wider than the widest canvas: every panel folded shows the most of it.
  return roomFor(choices[choices.length - 1]!);
}

/** Whether the blueprint's width fits the pane at `zoom`: its whole in a pane without a bottom. */
function widthFitsAt(bounds: Rect, pane: PaneSize, zoom: number): boolean {
  return fitWhole(bounds, { width: pane.width, height: Infinity }).zoom >= zoom - ZOOM_SLACK;
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

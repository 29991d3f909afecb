/**
 * The semantic overview zoom. A step's name is 15 canvas units tall; below the zoom that
 * draws it at 11 px on screen the box switches to an overview drawing: only the name, in a
 * font that grows as the zoom falls so it stays about 11 px on screen, and the F/W marks,
 * enlarged to stay legible. Durations, pools and outcome badges, too small to read there,
 * are left out. The boxes keep their places and sizes: only what is drawn inside changes.
 *
 * A name is written in the box's room and wraps to more lines as its font grows, until it
 * no longer fits whole. `overviewFloor` finds, for a blueprint's names, the lowest zoom at
 * which every one still fits whole at 11 px: the first view may go that far out.
 * Widths are estimated (svgText.ts, generous) so that this layer needs no DOM.
 */
import type { StepKind } from '../../model/index.ts';
import { STEP_NAME_SIZE } from './geometry.ts';
import { textWidth, wrapText } from './svgText.ts';

/** Runs of characters a line does not break inside: words of narrow (non-CJK) letters. */
const UNBREAKABLE = /[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+/gu;

/** The smallest step name worth drawing, in screen px: smaller is a grey smudge on a laptop. */
export const MIN_NAME_ON_SCREEN = 11;
/** Below this zoom the detailed step name (15 units) comes out under 11 px: the overview starts. */
export const READABLE_ZOOM = MIN_NAME_ON_SCREEN / STEP_NAME_SIZE;

/** Line height of an overview name, in ems (steps.css, .canvas__flow--overview). */
export const OVERVIEW_LINE_HEIGHT = 1.15;
/**
 * The room for the name inside an overview box, in canvas units: the 200 × 92 box less
 * its border and the overview's padding (steps.css). A decision's hexagon and the folded
 * corner of an evidence sheet leave less width.
 */
const NAME_WIDTH: Record<StepKind, number> = {
  action: 180,
  decision: 150,
  evidence: 170,
  note: 184,
};
/**
 * The share of that width a line is wrapped to here: the browser's font (DejaVu Sans
 * Bold on Linux) runs wider than the estimate, and a name it wraps to one line more than
 * reckoned is cut. Measured in Chromium on every example name in both languages at zooms
 * 0.30 to 0.64: at 0.95, 27 of them were cut where reckoned whole ("Check and leave" at
 * 0.33); at 0.88, none.
 */
const WRAP_SHARE = 0.88;
const NAME_HEIGHT = 84;
/** Font sizes move in half units: the canvas restyles on a step, not on every zoom frame. */
const SIZE_STEP = 0.5;
/** Never larger than two lines fill: past that no name fits however it is drawn. */
const MAX_NAME_SIZE = Math.floor(NAME_HEIGHT / (2 * OVERVIEW_LINE_HEIGHT));

/** The F/W marks' letter (steps.css, .mark), and the smallest size it reads at on screen. */
const MARK_LETTER_SIZE = 14;
const MIN_MARK_ON_SCREEN = 9.5;
/** Larger marks would reach the box of the lane above (24 units over a step, 12 under one). */
const MAX_MARK_SCALE = 1.6;
/** The lowest zoom looked at: React Flow's minimum (CanvasFlow). */
const LOWEST_ZOOM = 0.1;

export const isOverview = (zoom: number): boolean => zoom < READABLE_ZOOM;

/**
 * Below this zoom even the overview's largest name (two lines fill the box) comes out
 * under 11 px on screen: at 0.17 it was 6 px, grey noise over every box. There the boxes
 * are drawn without their text (namesHidden) and the palette row says so.
 */
export const NAMES_HIDDEN_BELOW = MIN_NAME_ON_SCREEN / MAX_NAME_SIZE;

export const namesHidden = (zoom: number): boolean => zoom < NAMES_HIDDEN_BELOW;

/**
 * A step name's font size in canvas units at a zoom: 15 when detailed, then growing as the
 * zoom falls so the name stays at least 11 px on screen, rounded up to half units.
 */
export function stepNameSize(zoom: number): number {
  if (!isOverview(zoom)) return STEP_NAME_SIZE;
  const size = Math.ceil(MIN_NAME_ON_SCREEN / zoom / SIZE_STEP) * SIZE_STEP;
  return Math.min(MAX_NAME_SIZE, size);
}

/** How many lines of a name fit an overview box at a font size. */
export function nameLines(size: number): number {
  return Math.max(1, Math.floor(NAME_HEIGHT / (size * OVERVIEW_LINE_HEIGHT)));
}

/** How much the F/W marks are enlarged at a zoom, in tenths, so their letter stays legible. */
export function markScale(zoom: number): number {
  const wanted = MIN_MARK_ON_SCREEN / (MARK_LETTER_SIZE * zoom);
  return Math.min(MAX_MARK_SCALE, Math.max(1, Math.ceil(wanted * 10) / 10));
}

export interface StepName {
  kind: StepKind;
  /** The name in the language it is shown in. */
  label: string;
}

/** Whether a name fits whole, at least 11 px on screen, in its overview box at a zoom. */
export function nameFitsAt({ kind, label }: StepName, zoom: number): boolean {
  const size = stepNameSize(zoom);
  if (size * zoom < MIN_NAME_ON_SCREEN - 1e-9) return false;
  const text = label.replace(/\s+/g, ' ').trim();
  const width = NAME_WIDTH[kind] * WRAP_SHARE;
  // The browser breaks a line between words, not inside one: a word wider than the line
  // would be cut at its edge. (Wide characters, CJK, break anywhere.)
  const words = text.match(UNBREAKABLE) ?? [];
  if (words.some((word) => textWidth(word, size, true) > width)) return false;
  const lines = wrapText(text, width, size, nameLines(size), true);
  return lines.join('').replace(/ /g, '') === text.replace(/ /g, '');
}

/**
 * The lowest zoom (to a hundredth) at which every name fits whole at 11 px in the
 * overview; the readable zoom when one does not fit even there, or there are no names.
 * Fitting only gets harder as the zoom falls (a larger font, fewer lines, fewer characters
 * a line), so each name's own lowest zoom is found by halving the range.
 */
export function overviewFloor(names: readonly StepName[]): number {
  let floor = Math.ceil(LOWEST_ZOOM * 100);
  const top = Math.floor(READABLE_ZOOM * 100);
  for (const name of names) {
    if (floor > top) break;
    if (nameFitsAt(name, floor / 100)) continue;
    if (!nameFitsAt(name, top / 100)) return READABLE_ZOOM;
    // Fits at `high`, not at `low`.
    let low = floor;
    let high = top;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (nameFitsAt(name, middle / 100)) high = middle;
      else low = middle;
    }
    floor = high;
  }
  return Math.min(READABLE_ZOOM, floor / 100);
}

/**
 * Screen room a phase's header takes beyond its column, which a whole view of a long
 * blueprint makes some 80 px wide: while renamed it widens so the name being typed shows,
 * hovered it widens to show its name on one line, and its buttons hang in a tray under
 * it; all of it must stay inside the pane.
 */
import { textWidth, wrapText } from '../diagram/svgText.ts';

/** The column's room for its name: its left padding, right padding and dashed border (phaseBar.css). */
export const NAME_INSET = 10 + 4 + 1.5;
/** What the estimate of a word's width keeps in hand for the browser's font. */
export const WIDTH_IN_HAND = 1.05;
/** What a measured width keeps in hand: the header's width is rounded to whole pixels. */
const MEASURED_IN_HAND = 1;

let measuring: CanvasRenderingContext2D | null | undefined;

/** A name's width at the header's font (15 px bold) as the page draws it; null outside a page. */
function measured(text: string): number | null {
  if (typeof document === 'undefined') return null;
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return null;
  measuring.font = `700 15px ${getComputedStyle(document.body).fontFamily}`;
  return measuring.measureText(text).width;
}

/**
 * The width of `text` in a phase header's font. Measured where there is a page: the
 * estimate of svgText.ts ran up to 7 % short of the real font for English names (a header
 * sized by it for "Score and underwrite" ended in "…"), so it is only the fallback.
 */
export function nameWidth(text: string): number {
  const real = measured(text);
  return real === null ? textWidth(text, 15, true) * WIDTH_IN_HAND : real + MEASURED_IN_HAND;
}

/** The least width (screen px) of a phase being renamed: its input holds "New phase" and more. */
export const PHASE_RENAME_WIDTH = 180;
/** The width of the buttons' tray (phaseBar.css: three 22 px buttons, gaps, padding, border). */
export const PHASE_TOOLS_WIDTH = 80;

/** Where a header ends on screen: its column's end, or further while it is renamed. */
export function headerEnd(left: number, right: number, renamed: boolean): number {
  return renamed ? Math.max(right, left + PHASE_RENAME_WIDTH) : right;
}

/**
 * Whether a header, hovered, grows leftwards from its column's right end: when its name on
 * one line (15 px bold, phaseBar.css) would reach past `room`, the pane's right edge, where
 * the bar cuts it (a hovered "Leave" at the edge read "L…").
 */
export function growsLeft(left: number, width: number, name: string, room: number): boolean {
  return left + Math.max(width, oneLineWidth(name)) > room;
}

/** The width a name takes on one line in a header, its padding and border included. */
export function oneLineWidth(name: string): number {
  return nameWidth(name) + NAME_INSET;
}

/** Whether a name reads whole in a header `width` wide: on one line, or on two. */
export function nameFits(name: string, width: number): boolean {
  if (oneLineWidth(name) <= width) return true;
  if (!wrapsWhole(name, width)) return false;
  // Two lines wrapped by the estimate, scaled to what the name measures in the page.
  const estimate = textWidth(name, 15, true);
  const scale = estimate > 0 ? Math.max(1, nameWidth(name) / estimate) : 1;
  const lines = wrapText(name, (width - NAME_INSET) / scale, 15, 2, true);
  return lines.join('').replace(/\s/g, '') === name.replace(/\s/g, '');
}

/**
 * Whether a name may wrap to two lines in its column: a word wider than the column would
 * be broken inside ("Ar / r…" zoomed far out), so such a name stays on one line, ended by
 * "…". Chinese breaks between any two characters.
 */
export function wrapsWhole(name: string, width: number): boolean {
  return name
    .split(/\s+/)
    .every((word) => /[\u2e80-\u9fff]/u.test(word) || nameWidth(word) <= width - NAME_INSET);
}

/** A phase's header as the bar places it: its name and the visible part of its column. */
export interface PlacedHeader {
  name: string;
  start: number;
  span: number;
}

/** Air kept between the name of the phase before and a header that reaches over it. */
const PEEK_GAP = 12;

/**
 * Where a header at the pane's right edge starts when its column shows only a sliver
 * there (the ATM example's 等待与办理 in 35 px at 1440×900): too narrow for its name, it
 * reaches left over the empty end of the header before it, so the name reads whole at the
 * edge. Undefined when the header holds its name, or the name before leaves no room.
 */
export function peekStart(
  header: PlacedHeader,
  previous: PlacedHeader | undefined,
  cutByEdge: boolean,
): number | undefined {
  if (!cutByEdge || nameFits(header.name, header.span)) return undefined;
  const start = header.start + header.span - oneLineWidth(header.name);
  const taken = previous
    ? previous.start + Math.min(previous.span, oneLineWidth(previous.name)) + PEEK_GAP
    : 0;
  return start >= taken ? start : undefined;
}

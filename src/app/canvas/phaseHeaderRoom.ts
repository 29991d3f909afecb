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
  const oneLine = textWidth(name, 15, true) * WIDTH_IN_HAND + NAME_INSET;
  return left + Math.max(width, oneLine) > room;
}

/** The width a name takes on one line in a header, its padding and border included. */
export function oneLineWidth(name: string): number {
  return textWidth(name, 15, true) * WIDTH_IN_HAND + NAME_INSET;
}

/** Whether a name reads whole in a header `width` wide: on one line, or on two. */
export function nameFits(name: string, width: number): boolean {
  if (oneLineWidth(name) <= width) return true;
  const room = (width - NAME_INSET) / WIDTH_IN_HAND;
  const words = name.split(/\s+/).filter((word) => !/[\u2e80-\u9fff]/u.test(word));
  if (words.some((word) => textWidth(word, 15, true) > room)) return false;
  const lines = wrapText(name, room, 15, 2, true);
  return lines.join('').replace(/\s/g, '') === name.replace(/\s/g, '');
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

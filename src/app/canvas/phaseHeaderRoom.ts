/**
 * Screen room a phase's header takes beyond its column, which a whole view of a long
 * blueprint makes some 80 px wide: while renamed it widens so the name being typed shows,
 * hovered it widens to show its name on one line, and its buttons hang in a tray under
 * it; all of it must stay inside the pane.
 */
import { textWidth } from '../diagram/svgText.ts';

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

/**
 * Screen room a phase's header takes beyond its column, which a whole view of a long
 * blueprint makes some 80 px wide: while renamed it widens so the name being typed shows,
 * and its buttons hang in a tray under it that must stay inside the pane.
 */

/** The least width (screen px) of a phase being renamed: its input holds "New phase" and more. */
export const PHASE_RENAME_WIDTH = 180;
/** The width of the buttons' tray (phaseBar.css: three 22 px buttons, gaps, padding, border). */
export const PHASE_TOOLS_WIDTH = 80;

/** Where a header ends on screen: its column's end, or further while it is renamed. */
export function headerEnd(left: number, right: number, renamed: boolean): number {
  return renamed ? Math.max(right, left + PHASE_RENAME_WIDTH) : right;
}

/**
 * Sizes on the canvas, in canvas units (1 unit = 1 CSS pixel at zoom 1). Step boxes have
 * a fixed size so that the layout is a pure function of the blueprint: nothing has to be
 * measured in the DOM before lanes, phases and edges can be placed.
 */
import { DEFAULTS } from '../../model/index.ts';

export const STEP_WIDTH = 200;
export const STEP_HEIGHT = 92;
/** A step name's font size (steps.css): what decides whether a zoom can be read. */
export const STEP_NAME_SIZE = 15;

/** Lane height when the blueprint does not set one; lanes grow to hold their lowest step. */
export const DEFAULT_LANE_HEIGHT = DEFAULTS.laneHeight;
/**
 * Room kept under the lowest step of a lane: enough for its heat strip after a run, which
 * hangs half below the box. Lanes are kept this tight (24 above a step, 12 below: 128 per
 * lane) so that the five lanes fit a laptop's canvas at a readable zoom, results dock open.
 */
export const LANE_BOTTOM_PADDING = 12;

/**
 * How far a step's heat strip hangs below its box after a run (simulation.css,
 * .step-result's bottom; the exported picture's heat pill hangs about as far): flow
 * captions keep out of it as they keep out of the box.
 */
export const HEAT_STRIP_BELOW = 15;

/** Where automatic placement puts a step: the same spot the bundled examples use. */
export const AUTO_X = 40;
/** Room above a step for its F/W marks, which stand out over its top edge. */
export const AUTO_Y = 24;
/** Horizontal room between neighbouring steps. */
export const STEP_GAP = 40;

/** How far a step's F/W marks stand out over its top edge (steps.css, .step-marks). */
export const MARKS_ABOVE = 12;
/**
 * Room between two steps stacked in one lane, where a drop that would cover a step puts
 * it: the upper one's heat strip (15 under it) and the lower one's marks (12 over it)
 * both fit, with air between them for a flow line. Half of it (the gap used before) put
 * the marks on the lines and half under the heat strip.
 */
export const STACK_GAP = 40;
/**
 * A step dropped closer than this over or under another counts as dropped onto it: its
 * marks would sit on that step's heat strip, or its strip on that step's marks. The room
 * a lane keeps over a step for its marks; the examples stack steps this far apart.
 */
export const NEAR_GAP = AUTO_Y;

/** A phase without steps still gets a column wide enough for one step. */
export const MIN_PHASE_WIDTH = STEP_WIDTH + STEP_GAP;

/** Empty canvas kept around the content when fitting it into view. */
export const CONTENT_MARGIN = 24;

/** Lane bands run on this far past the content, so panning never shows their ends. */
export const BAND_OVERHANG = 4000;

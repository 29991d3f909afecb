/**
 * Sizes on the canvas, in canvas units (1 unit = 1 CSS pixel at zoom 1). Step boxes have
 * a fixed size so that the layout is a pure function of the blueprint: nothing has to be
 * measured in the DOM before lanes, phases and edges can be placed.
 */
import { DEFAULTS } from '../../model/index.ts';

export const STEP_WIDTH = 200;
export const STEP_HEIGHT = 92;

/** Lane height when the blueprint does not set one; lanes grow to hold their lowest step. */
export const DEFAULT_LANE_HEIGHT = DEFAULTS.laneHeight;
/** Room kept under the lowest step of a lane. */
export const LANE_BOTTOM_PADDING = 20;

/** Where automatic placement puts a step: the same spot the bundled examples use. */
export const AUTO_X = 40;
export const AUTO_Y = 48;
/** Horizontal room between neighbouring steps. */
export const STEP_GAP = 40;

/** A phase without steps still gets a column wide enough for one step. */
export const MIN_PHASE_WIDTH = STEP_WIDTH + STEP_GAP;

/** Empty canvas kept around the content when fitting it into view. */
export const CONTENT_MARGIN = 24;

/** Lane bands run on this far past the content, so panning never shows their ends. */
export const BAND_OVERHANG = 4000;

/** The zoom buttons' ladder (src/app/canvas/zoomSteps.ts): as many steps in as out come back. */
import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  onLadder,
  stepZoom,
  ZOOM_STEP,
  type ZoomLadder,
} from '../../src/app/canvas/zoomSteps.ts';

const ladder = (anchor: number): ZoomLadder => ({
  anchor,
  min: MIN_ZOOM,
  max: MAX_ZOOM,
  factor: ZOOM_STEP,
});

/** Presses one way up to `times` times, as a button does: none once at the limit (disabled). */
function press(start: number, zoom: number, direction: 1 | -1, times: number) {
  let pressed = 0;
  for (; pressed < times; pressed++) {
    const next = stepZoom(ladder(start), zoom, direction);
    if (next === zoom) break;
    zoom = next;
  }
  return { zoom, pressed };
}

describe('zoom steps', () => {
  it('multiplies and divides by one factor away from the limits', () => {
    expect(stepZoom(ladder(0.8), 0.8, 1)).toBeCloseTo(0.96, 12);
    expect(stepZoom(ladder(0.8), 0.8, -1)).toBeCloseTo(0.8 / 1.2, 12);
  });

  it('comes back to the start after as many steps in as out, the lowest zoom a stop', () => {
    for (const start of [0.13, 0.37, 0.52, 0.6184, 0.7, 0.75, 1, 1.9]) {
      const out = press(start, start, -1, 11);
      expect(out.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
      // Eleven presses from 0.75 and up do not reach the lowest zoom; from lower, it stops them.
      if (start >= MIN_ZOOM * ZOOM_STEP ** 11) expect(out.pressed).toBe(11);
      const back = press(start, out.zoom, 1, out.pressed);
      expect(back.zoom, `from ${start}`).toBeCloseTo(start, 9);
    }
  });

  it('steps in from the lowest zoom to the ladder’s level above it, not the limit times the factor', () => {
    const start = 0.6;
    const floor = press(start, start, -1, 20).zoom;
    expect(floor).toBe(MIN_ZOOM);
    expect(stepZoom(ladder(start), floor, 1)).toBeCloseTo(start / 1.2 ** 9, 12);
  });

  it('comes back across the highest zoom too', () => {
    const start = 0.7;
    const up = press(start, start, 1, 11);
    expect(up.zoom).toBe(MAX_ZOOM);
    expect(press(start, up.zoom, -1, up.pressed).zoom).toBeCloseTo(start, 9);
  });

  it('knows the ladder’s levels and limits from a zoom set some other way', () => {
    expect(onLadder(ladder(0.7), 0.7 * 1.2 ** -3)).toBe(true);
    expect(onLadder(ladder(0.7), MIN_ZOOM)).toBe(true);
    expect(onLadder(ladder(0.7), 0.75)).toBe(false);
  });
});

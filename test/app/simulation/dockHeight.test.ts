/** The dock's default height leaves the canvas its lanes after a run. */
import { describe, expect, it } from 'vitest';
import { clampDockHeight, defaultDockHeight } from '../../../src/app/simulation/DockResizer.tsx';

describe('the dock height', () => {
  it.each([720, 900, 1080, 2160])('by default leaves most of a %i px window to the canvas', (h) => {
    const dock = clampDockHeight(defaultDockHeight(h), h);
    expect(dock).toBeLessThanOrEqual(260);
    expect(dock).toBeLessThanOrEqual(Math.ceil(h * 0.23));
    expect(dock).toBeGreaterThanOrEqual(140);
  });
});

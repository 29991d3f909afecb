import { describe, expect, it } from 'vitest';
import { meanMinutes, readableDuration } from '../../src/app/diagram/duration.ts';
import {
  ADD_PHASE_ROOM,
  READABLE_ZOOM,
  fitWhole,
  readableStart,
} from '../../src/app/canvas/viewport.ts';

describe('start view', () => {
  const pane = { width: 1000, height: 800 };

  it('shows a small blueprint whole, from the top, centred left of Add phase, never enlarged', () => {
    const view = readableStart({ x: 0, y: 0, width: 500, height: 400 }, pane);
    expect(view.zoom).toBe(1);
    expect(view.x).toBe((1000 - ADD_PHASE_ROOM - 500) / 2);
    expect(Math.abs(view.y)).toBe(0);
  });

  it('leaves the Add phase room free at the right of a whole view', () => {
    const bounds = { x: -24, y: 0, width: 2500, height: 800 };
    const view = fitWhole(bounds, pane);
    const right = view.x + (bounds.x + bounds.width) * view.zoom;
    expect(right).toBeLessThanOrEqual(pane.width - ADD_PHASE_ROOM);
    expect(Math.abs(view.y)).toBe(0);
  });

  it('fits a long blueprint by its height, from the left edge', () => {
    const bounds = { x: -24, y: 0, width: 4000, height: 800 };
    expect(fitWhole(bounds, pane).zoom).toBeLessThan(READABLE_ZOOM);
    const view = readableStart(bounds, pane);
    expect(view.zoom).toBe(1);
    expect(view.x).toBe(24);
    expect(view.y).toBe(0);
  });
});

describe('durations', () => {
  it('takes the mean of each distribution', () => {
    expect(meanMinutes({ type: 'fixed', value: 2 })).toBe(2);
    expect(meanMinutes({ type: 'uniform', min: 1, max: 3 })).toBe(2);
    expect(meanMinutes({ type: 'triangular', min: 1, mode: 2, max: 6 })).toBe(3);
    expect(meanMinutes({ type: 'exponential', mean: 4 })).toBe(4);
    expect(meanMinutes({ type: 'lognormal', mean: 1.6, sd: 0.8 })).toBe(1.6);
    expect(meanMinutes({ type: 'gamma', mean: 5, cv: 0.5 })).toBe(5);
    // Truncated at 0 like the engine's draws: a little above μ = 3 (3 + φ(3)/Φ(3)).
    expect(meanMinutes({ type: 'normal', mean: 3, sd: 1 })).toBeCloseTo(3.004438, 6);
    expect(meanMinutes({ type: 'empirical', values: [1, 2, 3] })).toBe(2);
    expect(meanMinutes({ type: 'empirical', values: [1, 3], weights: [3, 1] })).toBeCloseTo(
      1.5,
      12,
    );
  });

  it('picks a readable unit', () => {
    expect(readableDuration(90)).toEqual({ value: 90, unit: 'minutes' });
    expect(readableDuration(270)).toEqual({ value: 4.5, unit: 'hours' });
    expect(readableDuration(3 * 24 * 60)).toEqual({ value: 3, unit: 'days' });
  });
});

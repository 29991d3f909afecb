import { describe, expect, it } from 'vitest';
import { meanMinutes, readableDuration } from '../../src/app/diagram/duration.ts';
import {
  WHOLE_VIEW_RIGHT_ROOM,
  MIN_NAME_ON_SCREEN,
  READABLE_ZOOM,
  fitWhole,
  readableStart,
} from '../../src/app/canvas/viewport.ts';
import { STEP_NAME_SIZE } from '../../src/app/diagram/geometry.ts';
import { layoutDiagram } from '../../src/app/diagram/layout.ts';
import { loadedExamples } from './blueprints.ts';

describe('start view', () => {
  const pane = { width: 1000, height: 800 };

  it('shows a small blueprint whole, from the top, centred left of Add phase, never enlarged', () => {
    const view = readableStart({ x: 0, y: 0, width: 500, height: 400 }, pane);
    expect(view.zoom).toBe(1);
    expect(view.x).toBe((1000 - WHOLE_VIEW_RIGHT_ROOM - 500) / 2);
    expect(Math.abs(view.y)).toBe(0);
  });

  it('leaves the Add phase room free at the right of a whole view', () => {
    const bounds = { x: -24, y: 0, width: 2500, height: 800 };
    const view = fitWhole(bounds, pane);
    const right = view.x + (bounds.x + bounds.width) * view.zoom;
    expect(right).toBeLessThanOrEqual(pane.width - WHOLE_VIEW_RIGHT_ROOM);
    expect(Math.abs(view.y)).toBe(0);
  });

  it('shows as much of a long blueprint as stays readable, from the top-left corner', () => {
    const bounds = { x: -24, y: 0, width: 4000, height: 500 };
    expect(fitWhole(bounds, pane).zoom).toBeLessThan(READABLE_ZOOM);
    const view = readableStart(bounds, pane);
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(view.x).toBeCloseTo(24 * READABLE_ZOOM, 9);
    expect(view.y).toBe(0);
  });

  it('keeps the same view when the results dock takes part of the height', () => {
    const bounds = { x: -24, y: 0, width: 4000, height: 600 };
    const folded = readableStart(bounds, { width: 1000, height: 800 });
    const docked = readableStart(bounds, { width: 1000, height: 480 });
    expect(docked).toEqual(folded);
    expect(bounds.height * docked.zoom).toBeLessThanOrEqual(480);
  });

  it('never shrinks step names under 11 px: a pane too low for the lanes is panned down', () => {
    const bounds = { x: -24, y: 0, width: 4000, height: 800 };
    const view = readableStart(bounds, { width: 1000, height: 300 });
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(STEP_NAME_SIZE * view.zoom).toBeCloseTo(MIN_NAME_ON_SCREEN, 9);
    // From the top-left corner: the first lanes and the first steps.
    expect(view.y).toBe(0);
    expect(view.x).toBeCloseTo(24 * READABLE_ZOOM, 9);
  });

  it("fits the deposit example's five lanes at a readable zoom in a laptop's pane after a run", () => {
    // 1440×900 with the sidebar open and the dock at its default: a pane of about 470 px.
    const deposit = new Map(loadedExamples()).get('counter-deposit.json')!;
    const { bounds, lanes } = layoutDiagram(deposit);
    expect(lanes.map((lane) => lane.height)).toEqual([128, 128, 128, 128, 128]);
    const view = readableStart(bounds, { width: 760, height: 470 });
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(bounds.height * view.zoom).toBeLessThanOrEqual(470);
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

import { describe, expect, it } from 'vitest';
import { placeAt } from '../../../src/app/diagram/placeAt.ts';
import { STEP_HEIGHT } from '../../../src/app/diagram/geometry.ts';
import type { LaneBand } from '../../../src/app/diagram/types.ts';

const lanes: LaneBand[] = [
  { id: 'evidence', top: 0, height: 160 },
  { id: 'customer', top: 160, height: 160 },
  { id: 'frontstage', top: 320, height: 200 },
  { id: 'backstage', top: 520, height: 160 },
  { id: 'support', top: 680, height: 160 },
];

describe('placeAt: the lane follows the position', () => {
  it('puts a step in the band that holds its middle, y measured from the band top', () => {
    expect(placeAt(lanes, 100, 560)).toEqual({ lane: 'backstage', x: 100, y: 40 });
    expect(placeAt(lanes, 100, 330)).toEqual({ lane: 'frontstage', x: 100, y: 10 });
  });

  it('snaps a box hanging over a band edge inside the band', () => {
    // Middle in frontstage, but the box would hang below its bottom: pulled up.
    expect(placeAt(lanes, 0, 520 - STEP_HEIGHT / 2 - 1)).toEqual({
      lane: 'frontstage',
      x: 0,
      y: 200 - STEP_HEIGHT,
    });
    // Middle in backstage, top above it: pushed down to the band's top.
    expect(placeAt(lanes, 0, 520 - STEP_HEIGHT / 2 + 1).lane).toBe('backstage');
    expect(placeAt(lanes, 0, 520 - STEP_HEIGHT / 2 + 1).y).toBe(0);
  });

  it('keeps points above the first and below the last lane in those lanes', () => {
    expect(placeAt(lanes, 0, -500)).toEqual({ lane: 'evidence', x: 0, y: 0 });
    expect(placeAt(lanes, 0, 5000)).toEqual({ lane: 'support', x: 0, y: 160 - STEP_HEIGHT });
  });
});

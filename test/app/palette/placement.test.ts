/** Where palette adds put a step: at a drop point, or next to the selection on a click. */
import { describe, expect, it } from 'vitest';
import {
  AUTO_X,
  AUTO_Y,
  STEP_GAP,
  STEP_HEIGHT,
  STEP_WIDTH,
} from '../../../src/app/diagram/geometry.ts';
import { placeSteps } from '../../../src/app/diagram/placement.ts';
import type { LaneBand } from '../../../src/app/diagram/types.ts';
import { clickAddPlace, dropPlace } from '../../../src/app/palette/placement.ts';
import { makeBlueprint } from '../blueprints.ts';

const lanes: LaneBand[] = [
  { id: 'evidence', top: 0, height: 160 },
  { id: 'customer', top: 160, height: 160 },
  { id: 'frontstage', top: 320, height: 200 },
  { id: 'backstage', top: 520, height: 160 },
  { id: 'support', top: 680, height: 160 },
];

const empty = makeBlueprint([]);

describe('dropPlace: the new box is centred on the drop point', () => {
  it('puts the box around the point, in the lane the point falls in', () => {
    expect(dropPlace(empty, lanes, { x: 400, y: 600 })).toEqual({
      lane: 'backstage',
      x: 400 - STEP_WIDTH / 2,
      y: 600 - STEP_HEIGHT / 2 - 520,
    });
  });

  it('keeps the box inside the band when dropped near its edge', () => {
    // Just inside the customer lane's top: pushed down to the band's top.
    expect(dropPlace(empty, lanes, { x: 300, y: 170 })).toEqual({
      lane: 'customer',
      x: 300 - STEP_WIDTH / 2,
      y: 0,
    });
    // Near the frontstage bottom: pulled up so the box does not hang out.
    expect(dropPlace(empty, lanes, { x: 300, y: 515 })).toEqual({
      lane: 'frontstage',
      x: 300 - STEP_WIDTH / 2,
      y: 200 - STEP_HEIGHT,
    });
  });

  it('slides right of a step it is dropped onto, clear of it', () => {
    const occupied = makeBlueprint([
      { id: 'b1', lane: 'backstage', position: { x: 300, y: 20 } },
      { id: 'c1', lane: 'customer', position: { x: 300, y: 20 } },
    ]);
    expect(dropPlace(occupied, lanes, { x: 400, y: 600 })).toEqual({
      lane: 'backstage',
      x: 300 + STEP_WIDTH + STEP_GAP,
      y: 600 - STEP_HEIGHT / 2 - 520,
    });
  });

  it('keeps drops above or below all lanes in the first or last lane', () => {
    expect(dropPlace(empty, lanes, { x: 0, y: -300 }).lane).toBe('evidence');
    expect(dropPlace(empty, lanes, { x: 0, y: 5000 }).lane).toBe('support');
  });
});

describe('clickAddPlace: right of the rightmost step of the lane', () => {
  const blueprint = makeBlueprint([
    { id: 'c1', lane: 'customer', position: { x: 40, y: 48 } },
    { id: 'c2', lane: 'customer', position: { x: 520, y: 90 } },
    { id: 'b1', lane: 'backstage', position: { x: 300, y: 20 } },
  ]);

  it('adds into the selected step’s lane, level with its rightmost step', () => {
    expect(clickAddPlace(blueprint, 'b1')).toEqual({
      lane: 'backstage',
      x: 300 + STEP_WIDTH + STEP_GAP,
      y: 20,
    });
  });

  it('adds into the customer lane when nothing (or something unknown) is selected', () => {
    const expected = { lane: 'customer', x: 520 + STEP_WIDTH + STEP_GAP, y: 90 };
    expect(clickAddPlace(blueprint, undefined)).toEqual(expected);
    expect(clickAddPlace(blueprint, 'gone')).toEqual(expected);
  });

  it('starts an empty lane at the automatic spot', () => {
    const onlyBackstage = makeBlueprint([{ id: 'b1', lane: 'backstage' }]);
    expect(clickAddPlace(onlyBackstage, undefined)).toEqual({
      lane: 'customer',
      x: AUTO_X,
      y: AUTO_Y,
    });
  });

  it('uses where unplaced steps are drawn, so the new box overlaps none of them', () => {
    const unplaced = makeBlueprint(
      [
        { id: 'a', lane: 'frontstage' },
        { id: 'b', lane: 'frontstage' },
      ],
      [{ from: 'a', to: 'b' }],
    );
    const drawn = placeSteps(unplaced);
    const rightEdge = Math.max(...drawn.map((placement) => placement.x + STEP_WIDTH));
    const place = clickAddPlace(unplaced, 'a');
    expect(place.lane).toBe('frontstage');
    expect(place.x).toBe(rightEdge + STEP_GAP);
  });
});

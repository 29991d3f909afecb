/** Where dragged steps land: the lane follows the drop, and no step hides another. */
import { describe, expect, it } from 'vitest';
import {
  dropPlaces,
  firstFreeSpot,
  firstFreeSpotBelow,
  movesNothing,
} from '../../../src/app/diagram/dropPlaces.ts';
import {
  NEAR_GAP,
  STACK_GAP,
  STEP_GAP,
  STEP_HEIGHT,
  STEP_WIDTH,
} from '../../../src/app/diagram/geometry.ts';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { makeBlueprint } from '../blueprints.ts';

const NEXT = STEP_WIDTH + STEP_GAP;

describe('firstFreeSpot', () => {
  it('keeps a spot that overlaps nothing', () => {
    expect(firstFreeSpot({ x: 100, y: 40 }, [{ x: 400, y: 40 }])).toEqual({ x: 100, y: 40 });
  });

  it('slides right past a step it would cover, and past the next one too', () => {
    const others = [
      { x: 100, y: 48 },
      { x: 100 + NEXT, y: 60 },
    ];
    expect(firstFreeSpot({ x: 120, y: 40 }, others)).toEqual({ x: 100 + 2 * NEXT, y: 40 });
  });

  it('ignores steps above or below the box', () => {
    expect(firstFreeSpot({ x: 100, y: 0 }, [{ x: 100, y: 200 }])).toEqual({ x: 100, y: 0 });
  });

  it('keeps a step stacked as far apart as the examples stack them', () => {
    const under = { x: 100, y: 40 + STEP_HEIGHT + NEAR_GAP };
    expect(firstFreeSpot(under, [{ x: 100, y: 40 }])).toEqual(under);
  });

  it('slides a box dropped just under a step, where its marks would sit on the heat strip', () => {
    const tight = { x: 100, y: 40 + STEP_HEIGHT + 10 };
    expect(firstFreeSpot(tight, [{ x: 100, y: 40 }])).toEqual({ x: 100 + NEXT, y: tight.y });
  });
  it('slides a box dropped just beside a step, where their handles would meet', () => {
    // 9 units right of a step: a flow dragged to the right step's left handle ended on the
    // left step's right one.
    const other = { x: 100, y: 40 };
    expect(firstFreeSpot({ x: 100 + STEP_WIDTH + 9, y: 40 }, [other])).toEqual({
      x: 100 + NEXT,
      y: 40,
    });
    expect(firstFreeSpot({ x: 100 + STEP_WIDTH + NEAR_GAP, y: 40 }, [other])).toEqual({
      x: 100 + STEP_WIDTH + NEAR_GAP,
      y: 40,
    });
  });
});

describe('firstFreeSpotBelow', () => {
  it('lands a stacking gap under the step in the way, not tight against it', () => {
    expect(firstFreeSpotBelow({ x: 100, y: 50 }, [{ x: 100, y: 40 }])).toEqual({
      x: 100,
      y: 40 + STEP_HEIGHT + STACK_GAP,
    });
  });
});

describe('dropPlaces', () => {
  const blueprint = makeBlueprint([
    { id: 'a', lane: 'frontstage', position: { x: 40, y: 48 } },
    { id: 'b', lane: 'backstage', position: { x: 300, y: 48 } },
    { id: 'c', lane: 'backstage', position: { x: 600, y: 48 } },
  ]);
  const { lanes } = layoutBlueprint(blueprint);
  const backstage = lanes.find((lane) => lane.id === 'backstage')!;

  it('moves a step dropped in another band into that lane, y from the band top', () => {
    const moves = dropPlaces(blueprint, lanes, [{ stepId: 'a', x: 40, y: backstage.top + 30 }]);
    expect(moves.get('a')).toEqual({ lane: 'backstage', x: 40, y: 30 });
  });

  it('nudges a step dropped onto another to the first free spot on its right', () => {
    const moves = dropPlaces(blueprint, lanes, [{ stepId: 'a', x: 320, y: backstage.top + 48 }]);
    // Past b, then past c (b's right neighbour), as both are in the way.
    expect(moves.get('a')).toEqual({ lane: 'backstage', x: 600 + NEXT, y: 48 });
  });

  it('keeps steps dragged together from covering each other', () => {
    const moves = dropPlaces(blueprint, lanes, [
      { stepId: 'b', x: 1000, y: backstage.top + 48 },
      { stepId: 'c', x: 1010, y: backstage.top + 48 },
    ]);
    expect(moves.get('b')!.x).toBe(1000);
    expect(moves.get('c')!.x).toBe(1000 + NEXT);
  });

  it('tells a drop that changes nothing from a move', () => {
    const still = dropPlaces(blueprint, lanes, [{ stepId: 'b', x: 300, y: backstage.top + 48 }]);
    expect(movesNothing(blueprint, still)).toBe(true);
    const moved = dropPlaces(blueprint, lanes, [{ stepId: 'b', x: 310, y: backstage.top + 48 }]);
    expect(movesNothing(blueprint, moved)).toBe(false);
  });
});

/** Where palette adds put a step: at a drop point, or next to the selection on a click. */
import { describe, expect, it } from 'vitest';
import {
  AUTO_X,
  AUTO_Y,
  STEP_GAP,
  STEP_HEIGHT,
  STEP_WIDTH,
} from '../../../src/app/diagram/geometry.ts';
import { layoutPhases } from '../../../src/app/diagram/phases.ts';
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

describe('the phase of an added step follows the column it lands in', () => {
  const phases = [
    { id: 'p1', label: 'First' },
    { id: 'p2', label: 'Second' },
    { id: 'p3', label: 'Third' },
  ];

  it('a click or keyboard add takes the column it lands in', () => {
    const blueprint = { ...makeBlueprint([]), phases };
    const place = clickAddPlace(blueprint, undefined);
    const columns = layoutPhases(blueprint, placeSteps(blueprint));
    const middle = place.x + STEP_WIDTH / 2;
    const under = columns.find((c) => c.left <= middle && middle < c.right)!;
    expect(place.phase).toBe(under.id);
  });

  it('past the last column it takes the phase of the step it follows', () => {
    const blueprint = {
      ...makeBlueprint([{ id: 'c1', lane: 'customer', position: { x: 40, y: 48 } }]),
      phases,
    };
    blueprint.steps[0]!.phase = 'p3';
    expect(clickAddPlace(blueprint, 'c1').phase).toBe('p3');
  });

  it('a step dropped into the second of three empty columns stays under the second header', () => {
    const blueprint = { ...makeBlueprint([]), phases };
    const before = layoutPhases(blueprint, placeSteps(blueprint));
    const second = before[1]!;
    const dropped = dropPlace(blueprint, lanes, {
      x: (second.left + second.right) / 2,
      y: lanes[1]!.top + 80,
    });
    expect(dropped.phase).toBe('p2');
    const withStep = {
      ...blueprint,
      steps: [
        {
          id: 's',
          kind: 'action' as const,
          lane: dropped.lane,
          label: 'S',
          phase: 'p2',
          position: { x: dropped.x, y: dropped.y },
        },
      ],
    };
    const after = layoutPhases(withStep, placeSteps(withStep));
    const middle = dropped.x + STEP_WIDTH / 2;
    const under = after.find((c) => c.left <= middle && middle < c.right)!;
    expect(under.id).toBe('p2');
    // The empty first column stands to its left, the third to its right.
    expect(after[0]!.right).toBeLessThanOrEqual(dropped.x);
    expect(after[2]!.left).toBeGreaterThanOrEqual(dropped.x + STEP_WIDTH);
  });

  it('an empty phase between two with steps shares the room between them', () => {
    const blueprint = {
      ...makeBlueprint([
        { id: 'a', lane: 'customer', position: { x: 0, y: 40 } },
        { id: 'b', lane: 'customer', position: { x: 1000, y: 40 } },
      ]),
      phases,
    };
    blueprint.steps[0]!.phase = 'p1';
    blueprint.steps[1]!.phase = 'p3';
    const columns = layoutPhases(blueprint, placeSteps(blueprint));
    expect(columns[1]!.left).toBe(STEP_WIDTH + STEP_GAP / 2);
    expect(columns[1]!.right).toBe(1000 - STEP_GAP / 2);
    expect(columns[2]!.left).toBe(1000 - STEP_GAP / 2);
  });
});

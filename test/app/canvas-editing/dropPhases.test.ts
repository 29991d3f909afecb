/**
 * A step's phase follows the column it sits in: dropped from the palette, dragged or
 * nudged into a column, it takes that column's phase; a drop onto a step slides clear
 * within its column instead of into the next one.
 */
import { describe, expect, it } from 'vitest';
import { dropPlaces } from '../../../src/app/diagram/dropPlaces.ts';
import {
  HEAT_STRIP_BELOW,
  MARKS_ABOVE,
  STEP_HEIGHT,
  STEP_WIDTH,
} from '../../../src/app/diagram/geometry.ts';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { moveSteps, addStep } from '../../../src/app/editor/commands/steps.ts';
import { dropPlace } from '../../../src/app/palette/placement.ts';
import { makeBlueprint } from '../blueprints.ts';

// Two phases: 'arrive' holds a (x 40) and b (x 280); 'serve' holds c (x 520).
const blueprint = makeBlueprint(
  [
    { id: 'a', lane: 'customer', phase: 'arrive', position: { x: 40, y: 48 } },
    { id: 'b', lane: 'customer', phase: 'arrive', position: { x: 280, y: 48 } },
    { id: 'c', lane: 'frontstage', phase: 'serve', position: { x: 520, y: 48 } },
    { id: 'd', lane: 'backstage', position: { x: 40, y: 48 } },
  ],
  [],
  {
    phases: [
      { id: 'arrive', label: 'Arrive' },
      { id: 'serve', label: 'Serve' },
    ],
  },
);
const { lanes, phases } = layoutBlueprint(blueprint);
const band = (id: string) => lanes.find((lane) => lane.id === id)!;

describe('the phase follows where a step sits', () => {
  it('a step added from the palette inside a column gets its phase', () => {
    const serve = phases.find((p) => p.id === 'serve')!;
    const place = dropPlace(blueprint, lanes, {
      x: (serve.left + serve.right) / 2,
      y: band('backstage').top + 48 + STEP_HEIGHT / 2,
    });
    expect(place.phase).toBe('serve');
    const draft = structuredClone(blueprint);
    const id = addStep(draft, 'action', place);
    expect(draft.steps.find((step) => step.id === id)!.phase).toBe('serve');
  });

  it('a step dragged into another column takes that phase; one without a phase gets one', () => {
    const moves = dropPlaces(blueprint, lanes, [
      { stepId: 'a', x: 520, y: band('customer').top + 48 },
      { stepId: 'd', x: 300, y: band('backstage').top + 48 },
    ]);
    expect(moves.get('a')!.phase).toBe('serve');
    expect(moves.get('d')!.phase).toBe('arrive');
    const draft = structuredClone(blueprint);
    moveSteps(draft, moves);
    expect(draft.steps.find((step) => step.id === 'a')!.phase).toBe('serve');
    expect(draft.steps.find((step) => step.id === 'd')!.phase).toBe('arrive');
  });

  it('a step dropped onto the last step of a column slides below it, not into the next column', () => {
    const moves = dropPlaces(blueprint, lanes, [
      { stepId: 'd', x: 290, y: band('customer').top + 48 },
    ]);
    const place = moves.get('d')!;
    expect(place).toMatchObject({ lane: 'customer', x: 290, phase: 'arrive' });
    // Clear of b's heat strip with its own marks, and air for a flow line between them
    // (the user's run-through: the slid step's W sat half under the strip above).
    const LINE_ROOM = 8;
    expect(place.y - (48 + STEP_HEIGHT)).toBeGreaterThanOrEqual(
      HEAT_STRIP_BELOW + MARKS_ABOVE + LINE_ROOM,
    );
    const serve = phases.find((p) => p.id === 'serve')!;
    expect(place.x + STEP_WIDTH).toBeLessThanOrEqual(serve.left + STEP_WIDTH / 2);
  });

  it('a step dropped in a narrow empty first phase beside the lane rail keeps that phase', () => {
    // A new blueprint with three phases and no steps: columns 0–240, 240–480, 480–720.
    const empty = makeBlueprint([{ id: 'x', lane: 'backstage' }], [], {
      phases: [
        { id: 'arrive', label: 'Arrive' },
        { id: 'apply', label: 'Apply' },
        { id: 'decide', label: 'Decide' },
      ],
    });
    empty.steps = [];
    const layout = layoutBlueprint(empty);
    const arrive = layout.phases.find((p) => p.id === 'arrive')!;
    expect(arrive.right - arrive.left).toBe(240);
    // The rail covers the canvas up to x 150: the box comes out from under it, past the
    // middle of the column, and stays in the phase it was dropped in.
    const view = { left: 150, right: 2000 };
    const customer = layout.lanes.find((lane) => lane.id === 'customer')!;
    const place = dropPlace(
      empty,
      layout.lanes,
      { x: (arrive.left + arrive.right) / 2, y: customer.top + customer.height / 2 },
      view,
    );
    expect(place.x).toBeGreaterThanOrEqual(150);
    expect(place.phase).toBe('arrive');
  });

  it('a step dropped outside every column keeps its phase', () => {
    const moves = dropPlaces(blueprint, lanes, [
      { stepId: 'c', x: 2000, y: band('frontstage').top + 48 },
    ]);
    expect(moves.get('c')!.phase).toBeUndefined();
  });
});

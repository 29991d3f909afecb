/** A dropped box lands in the part of the canvas in view, not under the lane rail. */
import { describe, expect, it } from 'vitest';
import { dropPlaces } from '../../../src/app/diagram/dropPlaces.ts';
import { STEP_WIDTH } from '../../../src/app/diagram/geometry.ts';
import { DROP_MARGIN_ON_SCREEN, shiftIntoView, viewSpan } from '../../../src/app/diagram/inView.ts';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { dropPlace } from '../../../src/app/palette/placement.ts';
import { makeBlueprint } from '../blueprints.ts';

describe('viewSpan', () => {
  it('is the canvas range the pane shows, less the margin', () => {
    // Panned 100 px right at zoom 0.5: the pane's left edge shows canvas x -200.
    const span = viewSpan(100, 0.5, 800);
    expect(span.left).toBeCloseTo((DROP_MARGIN_ON_SCREEN - 100) / 0.5);
    expect(span.right).toBeCloseTo((800 - DROP_MARGIN_ON_SCREEN - 100) / 0.5);
  });
});

describe('shiftIntoView', () => {
  const view = { left: 0, right: 1000 };
  it('leaves a box in view where it is', () => {
    expect(shiftIntoView(100, 100, view)).toBe(0);
  });
  it('brings a box half out on the left wholly in', () => {
    expect(shiftIntoView(-STEP_WIDTH / 2, -STEP_WIDTH / 2, view)).toBe(STEP_WIDTH / 2);
  });
  it('brings a box half out on the right wholly in', () => {
    expect(shiftIntoView(900, 900, view)).toBe(1000 - STEP_WIDTH - 900);
  });
  it('moves a group wider than the view to the left edge, not past it', () => {
    expect(shiftIntoView(-50, 1200, view)).toBe(50);
    expect(shiftIntoView(20, 1200, view)).toBe(-20);
  });
});

describe('drops near the lane rail', () => {
  const blueprint = makeBlueprint([
    { id: 'a', lane: 'customer', position: { x: 400, y: 48 } },
    { id: 'b', lane: 'customer', position: { x: 640, y: 48 } },
  ]);
  const { lanes } = layoutBlueprint(blueprint);
  const customer = lanes.find((lane) => lane.id === 'customer')!;
  // The whole view: the pane's left edge shows canvas x -24.
  const view = viewSpan(24 * 0.6, 0.6, 900);

  it('a palette chip dropped at the pane edge lands wholly in view', () => {
    const place = dropPlace(blueprint, lanes, { x: -10, y: customer.top + 80 }, view);
    expect(place.x).toBeGreaterThanOrEqual(view.left - 0.5);
  });

  it('a dragged group let go half under the rail comes in together', () => {
    const moves = dropPlaces(
      blueprint,
      lanes,
      [
        { stepId: 'a', x: -150, y: customer.top + 48 },
        { stepId: 'b', x: 90, y: customer.top + 48 },
      ],
      view,
    );
    const a = moves.get('a')!;
    const b = moves.get('b')!;
    expect(a.x).toBeGreaterThanOrEqual(Math.floor(view.left));
    expect(b.x - a.x).toBe(240);
  });

  it('without a view, a drop stays where it was let go', () => {
    const moves = dropPlaces(blueprint, lanes, [{ stepId: 'a', x: -150, y: customer.top + 48 }]);
    expect(moves.get('a')!.x).toBe(-150);
  });
});

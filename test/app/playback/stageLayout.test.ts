/** The stage's boxes keep clear of the strip at their lane's top (queue count, lane name) and of each other's room. */
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { growBoxes, stackBoxes, stretchLayout } from '../../../src/app/playback/stageLayout.ts';
import { makeBlueprint } from '../blueprints.ts';

describe('growBoxes', () => {
  it('starts a box under the strip even when the editor draws it higher, and fills its lane', () => {
    const blueprint = makeBlueprint([
      { id: 'a', lane: 'customer', position: { x: 40, y: 4 } },
      { id: 'b', lane: 'customer', position: { x: 280, y: 24 } },
    ]);
    const layout = layoutBlueprint(blueprint);
    const lane = layout.lanes.find((band) => band.id === 'customer')!;
    const grown = growBoxes(layout, () => ({ top: 30, bottom: 10 }));
    for (const node of grown.nodes) {
      expect(node.position.y).toBe(lane.top + 30);
      expect(node.position.y + node.height!).toBe(lane.top + lane.height - 10);
    }
  });
});

describe('stackBoxes', () => {
  const blueprint = makeBlueprint([
    { id: 'upper', lane: 'frontstage', position: { x: 40, y: 10 } },
    { id: 'lower', lane: 'frontstage', position: { x: 40, y: 90 } },
    { id: 'alone', lane: 'frontstage', position: { x: 300, y: 10 } },
  ]);
  const layout = stretchLayout(layoutBlueprint(blueprint), 2);
  const lane = layout.lanes.find((band) => band.id === 'frontstage')!;
  const node = (from: typeof layout, id: string) => from.nodes.find((n) => n.id === id)!;

  it('gives each box of a stack its own room above and below, down the whole lane', () => {
    const stacked = stackBoxes(layout, () => ({ top: 30, bottom: 12 }), 20);
    const upper = node(stacked, 'upper');
    const lower = node(stacked, 'lower');
    expect(upper.position.y).toBeCloseTo(lane.top + 30);
    // The upper box's served customers below it, then the lower box's count above it.
    expect(lower.position.y - (upper.position.y + upper.height!)).toBeCloseTo(12 + 30);
    expect(lower.position.y + lower.height!).toBeCloseTo(lane.top + lane.height - 12);
    expect(node(stacked, 'alone')).toEqual(node(layout, 'alone'));
  });

  it('leaves a stack as drawn where its rooms would leave a box too low', () => {
    const stacked = stackBoxes(
      layout,
      () => ({ top: lane.height / 4, bottom: lane.height / 4 }),
      20,
    );
    expect(stacked).toBe(layout);
  });
});

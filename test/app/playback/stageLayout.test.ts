/** The stage's boxes keep clear of the strip at their lane's top (queue count, lane name). */
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { growBoxes } from '../../../src/app/playback/stageLayout.ts';
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

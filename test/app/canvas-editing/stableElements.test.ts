/** After an edit, untouched steps and flows keep their node and edge objects (no re-render). */
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import {
  reuseEdges,
  reuseNodes,
  type EdgeCache,
  type NodeCache,
} from '../../../src/app/canvas/stableElements.ts';
import { moveSteps } from '../../../src/app/editor/commands/steps.ts';
import { makeBlueprint } from '../blueprints.ts';

describe('reuseNodes and reuseEdges', () => {
  const before = makeBlueprint(
    [
      { id: 'a', lane: 'customer', position: { x: 40, y: 48 } },
      { id: 'b', lane: 'customer', position: { x: 300, y: 48 } },
      { id: 'c', lane: 'customer', position: { x: 600, y: 48 } },
    ],
    [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ],
  );
  const after = produce(before, (draft) =>
    moveSteps(draft, new Map([['c', { lane: 'customer', x: 700, y: 48 }]])),
  );

  it('keeps the objects of what did not change and takes the new ones of what did', () => {
    const nodeCache: NodeCache = new WeakMap();
    const edgeCache: EdgeCache = new WeakMap();
    const first = layoutBlueprint(before);
    const firstNodes = reuseNodes(first.nodes, nodeCache);
    const firstEdges = reuseEdges(first.edges, edgeCache);

    const second = layoutBlueprint(after);
    const nodes = reuseNodes(second.nodes, nodeCache);
    const edges = reuseEdges(second.edges, edgeCache);
    expect(nodes[0]).toBe(firstNodes[0]);
    expect(nodes[1]).toBe(firstNodes[1]);
    expect(nodes[2]).not.toBe(firstNodes[2]);
    expect(nodes[2]!.position.x).toBe(700);
    // Flows are unchanged objects too; their geometry comes from the nodes in React Flow.
    expect(edges[0]).toBe(firstEdges[0]);
    expect(edges[1]).toBe(firstEdges[1]);
  });
});

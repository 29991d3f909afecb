/**
 * The routed flows of the bundled examples: none runs behind a step, the canvas draws the
 * same line as the exported picture, and "straight" gives the plain shape back.
 */
import { describe, expect, it } from 'vitest';
import { flowPoints, roundedPath } from '../../../src/app/diagram/flowPath.ts';
import { flowRoutes, stepBoxes } from '../../../src/app/diagram/flowRoutes.ts';
import { layoutDiagram } from '../../../src/app/diagram/layout.ts';
import { crosses, isClear, ROUTE_MARGIN } from '../../../src/app/diagram/route.ts';
import { sideMiddle } from '../../../src/app/diagram/flows.ts';
import { flowLine } from '../../../src/app/canvas/useFlowLine.ts';
import type { Blueprint } from '../../../src/model/index.ts';
import { loadedExamples } from '../blueprints.ts';

const examples = loadedExamples();

describe.each(examples)('the flows of %s', (_name, blueprint: Blueprint) => {
  const diagram = layoutDiagram(blueprint);
  const routes = flowRoutes(diagram, true);
  const rectOf = (id: string) => diagram.steps.find(({ step }) => step.id === id)!.rect;

  it('run behind no step but their own two', () => {
    const crossings = diagram.flows.flatMap((flow, index) =>
      diagram.steps
        .filter(({ step }) => step.id !== flow.flow.from && step.id !== flow.flow.to)
        .filter(({ rect }) => crosses(routes[index]!, rect, 0, routes[index]!.length - 2))
        .map(({ step }) => `${flow.flow.id} behind ${step.id}`),
    );
    expect(crossings).toEqual([]);
  });

  it('are drawn on the canvas as in the picture', () => {
    const boxes = stepBoxes(diagram.steps);
    diagram.flows.forEach((flow, index) => {
      const end = (id: string, side: typeof flow.fromSide) => ({
        id,
        side,
        rect: rectOf(id),
        ...sideMiddle(rectOf(id), side),
      });
      const line = flowLine(
        end(flow.flow.from, flow.fromSide),
        end(flow.flow.to, flow.toSide),
        '',
        boxes,
        true,
      );
      expect(line.path).toBe(roundedPath(routes[index]!));
    });
  });

  it('keep the plain shape when drawn straight', () => {
    const straight = flowRoutes(diagram, false);
    diagram.flows.forEach((flow, index) => {
      expect(straight[index]).toEqual(
        flowPoints(rectOf(flow.flow.from), flow.fromSide, rectOf(flow.flow.to), flow.toSide),
      );
    });
  });
});

describe('routing in the examples', () => {
  it('changes each flow that ran behind a step, and leaves those that were clear', () => {
    let changed = 0;
    for (const [, blueprint] of examples) {
      const diagram = layoutDiagram(blueprint);
      const boxes = stepBoxes(diagram.steps);
      const boxOf = (id: string) => boxes.boxes.find((box) => box.id === id)!;
      const around = flowRoutes(diagram, true);
      const straight = flowRoutes(diagram, false);
      diagram.flows.forEach((flow, index) => {
        const ends = {
          source: boxOf(flow.flow.from),
          fromSide: flow.fromSide,
          target: boxOf(flow.flow.to),
          toSide: flow.toSide,
        };
        const wasClear = isClear(straight[index]!, ends, boxes, ROUTE_MARGIN);
        expect(around[index]!.length === straight[index]!.length && wasClear).toBe(
          JSON.stringify(around[index]) === JSON.stringify(straight[index]),
        );
        if (!wasClear) changed += 1;
      });
    }
    // Some do run behind a step (five when this was written).
    expect(changed).toBeGreaterThan(0);
  });
});

/**
 * The routed flows of the bundled examples: none runs behind a step, no two run on one
 * line (those sharing a gap are spread apart), the canvas draws the same line as the
 * exported picture, the same every time, and "straight" gives the plain shape back.
 */
import { describe, expect, it } from 'vitest';
import { flowPoints, roundedPath } from '../../../src/app/diagram/flowPath.ts';
import { flowRoutes, stepBoxes } from '../../../src/app/diagram/flowRoutes.ts';
import { layoutDiagram } from '../../../src/app/diagram/layout.ts';
import { crosses, isClear, ROUTE_MARGIN, routeFlow } from '../../../src/app/diagram/route.ts';
import type { Point } from '../../../src/app/diagram/flowPath.ts';
import { flowEdge } from '../../../src/app/canvas/flowEdges.ts';
import { layFlowLines } from '../../../src/app/canvas/flowLines.ts';
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

  it("run on no other flow's line for more than a few units", () => {
    expect(
      sharedRuns(routes).map(({ a, b, length }) => {
        const name = (index: number) => diagram.flows[index]!.flow.id;
        return `${name(a)} on ${name(b)} for ${length}`;
      }),
    ).toEqual([]);
  });

  it('come out the same every time', () => {
    expect(flowRoutes(layoutDiagram(blueprint), true)).toEqual(routes);
  });

  it('are drawn on the canvas as in the picture', () => {
    const boxes = stepBoxes(diagram.steps);
    const laid = layFlowLines(diagram.flows.map(flowEdge), boxes);
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
        laid.get(flow.key),
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
  it('spreads flows that shared a gap (some do in every example but one)', () => {
    let spread = 0;
    for (const [, blueprint] of examples) {
      const diagram = layoutDiagram(blueprint);
      if (sharedRuns(routedAlone(diagram)).length > 0) spread += 1;
      expect(sharedRuns(flowRoutes(diagram, true))).toEqual([]);
    }
    expect(spread).toBeGreaterThanOrEqual(examples.length - 1);
  });

  it('changes each flow that ran behind a step, and leaves those that were clear', () => {
    let changed = 0;
    for (const [, blueprint] of examples) {
      const diagram = layoutDiagram(blueprint);
      const boxes = stepBoxes(diagram.steps);
      const boxOf = (id: string) => boxes.boxes.find((box) => box.id === id)!;
      // Each routed alone: spreading those that share a gap moves clear ones too.
      const around = routedAlone(diagram);
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

/** Longer than this, two lines on one another read as one. */
const FEW_UNITS = 3;

/**
 * Stretches of two flows' lines on one line for more than a few units. End stretches
 * that meet at one handle are left out: flows leaving one side of a step together (a
 * branch) or entering one together (a merge) share the stub at that handle.
 */
function sharedRuns(routes: readonly Point[][]): { a: number; b: number; length: number }[] {
  const stretches = routes.flatMap((points, flow) =>
    points.slice(1).map((to, index) => ({
      flow,
      from: points[index]!,
      to,
      handles: [...(index === 0 ? [points[0]!] : []), ...(index === points.length - 2 ? [to] : [])],
    })),
  );
  const found: { a: number; b: number; length: number }[] = [];
  stretches.forEach((s, at) => {
    for (const t of stretches.slice(at + 1)) {
      if (s.flow === t.flow) continue;
      const vertical = s.from.x === s.to.x;
      if (vertical !== (t.from.x === t.to.x)) continue;
      const [across, along] = vertical ? (['x', 'y'] as const) : (['y', 'x'] as const);
      if (Math.abs(s.from[across] - t.from[across]) > 0.5) continue;
      const low = Math.max(
        Math.min(s.from[along], s.to[along]),
        Math.min(t.from[along], t.to[along]),
      );
      const high = Math.min(
        Math.max(s.from[along], s.to[along]),
        Math.max(t.from[along], t.to[along]),
      );
      const sameHandle = s.handles.some((p) => t.handles.some((q) => p.x === q.x && p.y === q.y));
      if (high - low > FEW_UNITS && !sameHandle)
        found.push({ a: s.flow, b: t.flow, length: high - low });
    }
  });
  return found;
}

/** Each flow routed alone, as route.ts does before lines sharing a gap are spread. */
function routedAlone(diagram: ReturnType<typeof layoutDiagram>): Point[][] {
  const boxes = stepBoxes(diagram.steps);
  const boxOf = (id: string) => boxes.boxes.find((box) => box.id === id)!;
  return diagram.flows.map((flow) =>
    routeFlow(
      {
        source: boxOf(flow.flow.from),
        fromSide: flow.fromSide,
        target: boxOf(flow.flow.to),
        toSide: flow.toSide,
      },
      boxes,
    ),
  );
}

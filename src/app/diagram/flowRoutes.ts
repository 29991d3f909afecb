/**
 * Every flow's line in a diagram: around the steps (route.ts), the lines that share a gap
 * spread apart (channels.ts), or the plain way when the user asked for straight flows.
 * What the exported picture draws; the canvas draws the same lines (routedFlows).
 */
import { BoxIndex, type IndexedBox } from './boxIndex.ts';
import { separateChannels } from './channels.ts';
import { flowPoints, type Point } from './flowPath.ts';
import { routeFlow, type FlowEnds } from './route.ts';
import type { Diagram, DiagramFlow, DiagramStep } from './types.ts';

/** The step boxes a line keeps clear of, each under its step's (unique) key. */
export function stepBoxes(steps: readonly DiagramStep[]): BoxIndex {
  return new BoxIndex(steps.map(({ key, rect }) => ({ id: key, rect })));
}

/** Each flow's corners, in the order of `diagram.flows`. */
export function flowRoutes(
  diagram: Pick<Diagram, 'steps' | 'flows'>,
  aroundSteps: boolean,
): Point[][] {
  const boxes = stepBoxes(diagram.steps);
  // Flows name steps by id; with duplicate ids they attach to the first, as the layout does.
  const boxOfStep = new Map<string, IndexedBox>();
  diagram.steps.forEach(({ step }, index) => {
    if (!boxOfStep.has(step.id)) boxOfStep.set(step.id, boxes.boxes[index]!);
  });
  const ends = diagram.flows.map((flow: DiagramFlow): FlowEnds => {
    const source = boxOfStep.get(flow.flow.from)!;
    const target = boxOfStep.get(flow.flow.to)!;
    return { source, fromSide: flow.fromSide, target, toSide: flow.toSide };
  });
  return aroundSteps
    ? routedFlows(ends, boxes)
    : ends.map(({ source, fromSide, target, toSide }) =>
        flowPoints(source.rect, fromSide, target.rect, toSide),
      );
}

/** Flows routed around the boxes, each alone, then those sharing a gap spread apart. */
export function routedFlows(ends: readonly FlowEnds[], boxes: BoxIndex): Point[][] {
  return separateChannels(
    ends.map((flowEnds) => ({ points: routeFlow(flowEnds, boxes), ends: flowEnds })),
    boxes,
  );
}

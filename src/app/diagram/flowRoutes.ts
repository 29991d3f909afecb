/**
 * Every flow's line in a diagram: around the steps (route.ts), or the plain way when the
 * user asked for straight flows. What the exported picture draws; the canvas routes
 * each flow it shows the same way, with the same boxes.
 */
import { BoxIndex, type IndexedBox } from './boxIndex.ts';
import { flowPoints, type Point } from './flowPath.ts';
import { routeFlow } from './route.ts';
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
  return diagram.flows.map((flow: DiagramFlow) => {
    const source = boxOfStep.get(flow.flow.from)!;
    const target = boxOfStep.get(flow.flow.to)!;
    const ends = { source, fromSide: flow.fromSide, target, toSide: flow.toSide };
    return aroundSteps
      ? routeFlow(ends, boxes)
      : flowPoints(source.rect, flow.fromSide, target.rect, flow.toSide);
  });
}

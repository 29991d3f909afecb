/**
 * A flow's line on the canvas: around the step boxes of the layout (diagram/route.ts),
 * from the source box as it is now (a dragged box included), or the plain way when the
 * user turned routing off; its ends pinned to the handles React Flow measured; and where
 * its caption goes. The same line as the exported picture draws.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useContext, useMemo } from 'react';
import { shallow } from 'zustand/shallow';
import type { BoxIndex } from '../diagram/boxIndex.ts';
import {
  captionKeepOut,
  captionPoint,
  flowPoints,
  roundedPath,
  type Point,
} from '../diagram/flowPath.ts';
import { HEAT_STRIP_BELOW, STEP_HEIGHT, STEP_WIDTH } from '../diagram/geometry.ts';
import { boundsOf, routeFlow } from '../diagram/route.ts';
import { textWidth } from '../diagram/svgText.ts';
import type { Rect, Side } from '../diagram/types.ts';
import { useLayoutPreferences } from '../header/layoutPreferences.ts';
import { FlowBoxes } from './flowBoxes.ts';
import { FlowLines, type LaidLine } from './flowLines.ts';

/** One end of a flow: the step's id and the handle React Flow draws the line from. */
export interface FlowEnd {
  id: string;
  x: number;
  y: number;
  side: Side;
}

/** The caption pill of flows.css (.flow-label): 13 px bold, 8 px padding, 1 px border. */
const CAPTION_FONT = 13;
const CAPTION_PADDING = 18;
const CAPTION_HEIGHT = 22;

export function useFlowLine(
  edgeId: string,
  from: FlowEnd,
  to: FlowEnd,
  caption: string,
): { path: string; label: Point } {
  const boxes = useContext(FlowBoxes);
  const laid = useContext(FlowLines).get(edgeId);
  const aroundSteps = useLayoutPreferences((state) => state.flowsAroundSteps);
  const source = useStore((state) => nodeRect(state, from.id), shallow);
  const target = useStore((state) => nodeRect(state, to.id), shallow);
  return useMemo(
    () =>
      flowLine(
        { ...from, rect: source },
        { ...to, rect: target },
        caption,
        boxes,
        aroundSteps,
        laid,
      ),
    // The ends and boxes by value: a re-render that moved nothing routes nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      boxes,
      laid,
      aroundSteps,
      caption,
      from.id,
      from.x,
      from.y,
      from.side,
      to.id,
      to.x,
      to.y,
      to.side,
      source.x,
      source.y,
      source.width,
      source.height,
      target.x,
      target.y,
      target.width,
      target.height,
    ],
  );
}

/** Where a step's box is now: its position while dragged, its size as laid out. */
function nodeRect(state: ReactFlowState, id: string): Rect {
  const node = state.nodeLookup.get(id);
  const position = node?.internals.positionAbsolute ?? { x: 0, y: 0 };
  return {
    x: position.x,
    y: position.y,
    width: node?.width ?? STEP_WIDTH,
    height: node?.height ?? STEP_HEIGHT,
  };
}

/**
 * The line as an SVG path, and the middle of its caption: the line laid with the others
 * (flowLines.ts) while its boxes are where they were laid, else routed alone.
 */
export function flowLine(
  from: FlowEnd & { rect: Rect },
  to: FlowEnd & { rect: Rect },
  caption: string,
  boxes: BoxIndex,
  aroundSteps: boolean,
  laid?: LaidLine,
): { path: string; label: Point } {
  const ends = {
    source: { id: from.id, rect: from.rect },
    fromSide: from.side,
    target: { id: to.id, rect: to.rect },
    toSide: to.side,
  };
  const laidHolds =
    laid !== undefined && sameRect(laid.source, from.rect) && sameRect(laid.target, to.rect);
  const points = pinned(
    !aroundSteps
      ? flowPoints(from.rect, from.side, to.rect, to.side)
      : laidHolds
        ? laid.points
        : routeFlow(ends, boxes),
    from,
    to,
  );
  const size = {
    width: textWidth(caption, CAPTION_FONT, true) + CAPTION_PADDING,
    height: CAPTION_HEIGHT,
  };
  // Every box the caption could touch anywhere along the line, not only those the line
  // touches: a line across a gap ends a few units short of the boxes on either side.
  const reach = boundsOf(points);
  const near = boxes
    .near({
      x: reach.x - size.width / 2,
      y: reach.y - size.height / 2 - HEAT_STRIP_BELOW,
      width: reach.width + size.width,
      height: reach.height + size.height + HEAT_STRIP_BELOW,
    })
    .map((box) => captionKeepOut(box.rect));
  return { path: roundedPath(points), label: captionPoint(points, size, near) };
}

const sameRect = (a: Rect, b: Rect): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The line moved onto the handles (a source handle stands a few pixels out of its box):
 * the first and last stretches are moved sideways with their ends, so they stay straight.
 */
export function pinned(points: readonly Point[], start: Point, end: Point): Point[] {
  const moved = points.map((point) => ({ ...point }));
  const last = moved.length - 1;
  if (last >= 2) {
    alignWith(moved[1]!, moved[0]!, start);
    alignWith(moved[last - 1]!, moved[last]!, end);
  }
  moved[0] = { x: start.x, y: start.y };
  moved[last] = { x: end.x, y: end.y };
  return moved;
}

/** Moves the corner next to an end as the end moves to `to`, keeping their stretch straight. */
function alignWith(corner: Point, end: Point, to: Point): void {
  if (corner.y === end.y) corner.y = to.y;
  else if (corner.x === end.x) corner.x = to.x;
}

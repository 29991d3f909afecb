/**
 * The stage's step boxes sized for their names, measured as the browser will draw them
 * (on a canvas, in the page's font, at the stage's size): the columns as wide as their
 * names need and the lanes as tall as the lines they take (stageColumns.ts), each box as
 * tall as its lane allows (stageLayout.ts, growBoxes).
 */
import { useMemo } from 'react';
import { type Blueprint, waitingSteps } from '../../model/index.ts';
import type { CanvasLayout, StepNode } from '../canvas/types.ts';
import { STUB } from '../diagram/flowPath.ts';
import { STEP_GAP } from '../diagram/geometry.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { type LaneNeed, resizeLanes, shareLanes } from './laneHeights.ts';
import { type Measure, breakPieces, widthForLines } from './nameWrap.ts';
import { type PlannedBox, planColumns } from './stageColumns.ts';
import { LEFT_ROOM, RIGHT_ROOM, growBoxes } from './stageLayout.ts';
import { LINE_HEIGHT, STEP_PADDING, STEP_SIDE_PADDING, linesIn } from './StageMap.tsx';

/**
 * Canvas text runs a hair narrower than the page's at some sizes (hinting, kerning): a
 * name is measured this much wider, so a box sized for it never comes out a line short.
 */
const MEASURE_MARGIN = 1.04;
const SIDES = 2 * STEP_SIDE_PADDING;
/**
 * The gap between two columns where no queue waits, canvas units: room for a flow's line
 * to run up or down between them, its turn into the box after (STUB) clear of the box before.
 */
export const NARROW_GAP = STUB + 6;
/** A name on more lines than this reads as a column of words: the lanes stop there. */
const MAX_LINES = 4;

export function useFittedBoxes(
  stretched: CanvasLayout,
  blueprint: Blueprint,
  labelSize: number,
  /** Room kept above a box (its queue's count) and below it (the served customers), canvas units. */
  room: { top: number; bottom: number },
): CanvasLayout {
  const text = useLocalizedText();
  const queued = useMemo(
    () =>
      new Set([
        ...blueprint.steps.filter((step) => step.resource).map((step) => step.id),
        ...waitingSteps(blueprint).keys(),
      ]),
    [blueprint],
  );
  const { top, bottom } = room;
  return useMemo(() => {
    const measure = canvasMeasure(labelSize);
    if (!measure || stretched.nodes.length === 0) return growBoxes(stretched, top, bottom);
    return fitToNames(stretched, {
      name: (node) => text(node.data.step.label),
      queued: (node) => queued.has(node.data.step.id),
      measure,
      labelSize,
      top,
      bottom,
    });
  }, [stretched, labelSize, top, bottom, queued, text]);
}

export interface NameFit {
  name: (node: StepNode) => string;
  queued: (node: StepNode) => boolean;
  measure: Measure;
  /** Step names' size, canvas units. */
  labelSize: number;
  /** Room above and below a box in its lane, canvas units. */
  top: number;
  bottom: number;
}

/** The layout with its columns and lanes sized for the names (see the file's comment). */
export function fitToNames(stretched: CanvasLayout, fit: NameFit): CanvasLayout {
  const lefts = [...new Set(stretched.nodes.map((node) => Math.round(node.position.x)))].sort(
    (a, b) => a - b,
  );
  const columnOf = (node: StepNode) => lefts.indexOf(Math.round(node.position.x));
  const stacked = (node: StepNode) =>
    stretched.nodes.some(
      (other) =>
        other !== node &&
        other.data.step.lane === node.data.step.lane &&
        columnOf(other) === columnOf(node),
    );
  const stackedLanes = new Set(
    stretched.nodes.filter(stacked).map((node) => node.data.step.lane as string),
  );
  const fixed = fit.top + fit.bottom + 2 * STEP_PADDING;
  const planned = stretched.lanes.filter(
    (lane) =>
      !stackedLanes.has(lane.id) && stretched.nodes.some((node) => node.data.step.lane === lane.id),
  );
  const boxes = stretched.nodes.map((node): PlannedBox => {
    const name = fit.name(node);
    const longestWord = Math.max(
      0,
      ...breakPieces(name).map((piece) => fit.measure(piece.trimEnd())),
    );
    const whole = fit.measure(name) + 1;
    const widths = new Map<number, number>();
    return {
      column: columnOf(node),
      lane: node.data.step.lane,
      queued: fit.queued(node),
      need: (lines) => {
        if (!widths.has(lines))
          widths.set(lines, widthForLines(name, lines, longestWord, whole, fit.measure) + SIDES);
        return widths.get(lines)!;
      },
      ...(stackedLanes.has(node.data.step.lane)
        ? { fixedLines: linesIn((node.height ?? 0) - 2 * STEP_PADDING, fit.labelSize) }
        : {}),
    };
  });
  const line = fit.labelSize * LINE_HEIGHT;
  const plan = planColumns({
    boxes,
    columns: lefts.length,
    width: stretched.bounds.width - LEFT_ROOM - RIGHT_ROOM,
    queueGap: STEP_GAP,
    narrowGap: NARROW_GAP,
    height: planned.reduce((all, lane) => all + lane.height, 0),
    lanes: new Map(planned.map((lane) => [lane.id as string, fixed])),
    line,
    maxLines: MAX_LINES,
  });
  const heights = shareLanes(
    stretched.lanes,
    new Map([...plan.lines].map(([lane, lines]): [string, LaneNeed] => [lane, { fixed, lines }])),
    line,
  );
  const start = stretched.bounds.x + LEFT_ROOM;
  const placed: CanvasLayout = {
    ...stretched,
    nodes: stretched.nodes.map((node, index) => ({
      ...node,
      position: { x: start + plan.boxes[index]!.x, y: node.position.y },
      width: plan.boxes[index]!.width,
    })),
  };
  return growBoxes(resizeLanes(placed, heights), fit.top, fit.bottom);
}

/** A string's width at `size` px in the page's font; null where no canvas can measure. */
function canvasMeasure(size: number): Measure | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = `${size}px ${getComputedStyle(document.body).fontFamily}`;
  return (value) => context.measureText(value).width * MEASURE_MARGIN;
}

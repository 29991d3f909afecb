/**
 * The stage's step boxes sized for their names, measured as the browser will draw them
 * (on a canvas, in the page's font, at the stage's size): each box as tall as its lane
 * allows (stageLayout.ts, growBoxes), as wide as its name needs (boxWidths.ts), and the
 * lanes shared out by the lines their names take (laneHeights.ts), then sized again.
 */
import { useMemo } from 'react';
import { type Blueprint, waitingSteps } from '../../model/index.ts';
import type { CanvasLayout, StepNode } from '../canvas/types.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { fitBoxWidths } from './boxWidths.ts';
import { type LaneNeed, resizeLanes, shareLanes } from './laneHeights.ts';
import { type Measure, lineCount, widthForLines } from './nameWrap.ts';
import { growBoxes, isStacked } from './stageLayout.ts';
import { LINE_HEIGHT, STEP_PADDING, STEP_SIDE_PADDING, linesIn } from './StageMap.tsx';

/**
 * Canvas text runs a hair narrower than the page's at some sizes (hinting, kerning): a
 * name is measured this much wider, so a box sized for it never comes out a line short.
 */
const MEASURE_MARGIN = 1.04;
const SIDES = 2 * STEP_SIDE_PADDING;

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
    const grow = (layout: CanvasLayout) => growBoxes(layout, top, bottom);
    if (!measure) return grow(stretched);
    const name = (node: StepNode) => text(node.data.step.label);
    const fit = (layout: CanvasLayout) =>
      fitBoxWidths(layout, {
        queued: (node) => queued.has(node.data.step.id),
        need: (node, most) => {
          const lines = linesIn((node.height ?? 0) - 2 * STEP_PADDING, labelSize);
          const least = (node.width ?? 0) - SIDES;
          return widthForLines(name(node), lines, least, most - SIDES, measure) + SIDES;
        },
      });
    const even = fit(grow(stretched));
    const needs = laneNeeds(even, (node) =>
      lineCount(name(node), (node.width ?? 0) - SIDES, measure),
    );
    const fixed = top + bottom + 2 * STEP_PADDING;
    const shared = shareLanes(
      stretched.lanes,
      new Map([...needs].map(([lane, lines]): [string, LaneNeed] => [lane, { fixed, lines }])),
      labelSize * LINE_HEIGHT,
    );
    return fit(grow(resizeLanes(stretched, shared)));
  }, [stretched, labelSize, top, bottom, queued, text]);
}

/**
 * Per lane, the most lines a name of it takes in its box; a lane with two boxes one above
 * the other (sized by the editor, not by their lane) is left out.
 */
function laneNeeds(fitted: CanvasLayout, lines: (node: StepNode) => number): Map<string, number> {
  const needs = new Map<string, number>();
  const stacked = new Set<string>();
  for (const node of fitted.nodes) {
    const lane = node.data.step.lane;
    if (isStacked(fitted, node)) stacked.add(lane);
    needs.set(lane, Math.max(needs.get(lane) ?? 1, lines(node)));
  }
  for (const lane of stacked) needs.delete(lane);
  return needs;
}

/** A string's width at `size` px in the page's font; null where no canvas can measure. */
function canvasMeasure(size: number): Measure | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = `${size}px ${getComputedStyle(document.body).fontFamily}`;
  return (value) => context.measureText(value).width * MEASURE_MARGIN;
}

/**
 * The stage's step boxes widened for their names (boxWidths.ts), with the names measured
 * as the browser will draw them: on a canvas, in the page's font, at the stage's size.
 */
import { useMemo } from 'react';
import { type Blueprint, waitingSteps } from '../../model/index.ts';
import type { CanvasLayout } from '../canvas/types.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { fitBoxWidths } from './boxWidths.ts';
import { type Measure, widthForLines } from './nameWrap.ts';
import { STEP_PADDING, STEP_SIDE_PADDING, linesIn } from './StageMap.tsx';

/**
 * Canvas text runs a hair narrower than the page's at some sizes (hinting, kerning): a
 * name is measured this much wider, so a box sized for it never comes out a line short.
 */
const MEASURE_MARGIN = 1.04;

export function useFittedBoxes(
  layout: CanvasLayout,
  blueprint: Blueprint,
  labelSize: number,
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
  return useMemo(() => {
    const measure = canvasMeasure(labelSize);
    if (!measure) return layout;
    const sides = 2 * STEP_SIDE_PADDING;
    return fitBoxWidths(layout, {
      queued: (node) => queued.has(node.data.step.id),
      need: (node, room) => {
        const lines = linesIn((node.height ?? 0) - 2 * STEP_PADDING, labelSize);
        const name = text(node.data.step.label);
        return widthForLines(name, lines, (node.width ?? 0) - sides, room - sides, measure) + sides;
      },
    });
  }, [layout, labelSize, queued, text]);
}

/** A string's width at `size` px in the page's font; null where no canvas can measure. */
function canvasMeasure(size: number): Measure | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = `${size}px ${getComputedStyle(document.body).fontFamily}`;
  return (value) => context.measureText(value).width * MEASURE_MARGIN;
}

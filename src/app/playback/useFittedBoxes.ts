/**
 * The stage's step boxes sized for their names (fitToNames.ts), measured as the browser
 * will draw them: on a canvas, in the page's font, at the stage's size.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Blueprint, isProcessStep, waitingSteps } from '../../model/index.ts';
import { compile, queuePlaces } from '../../sim/index.ts';
import type { CanvasLayout } from '../canvas/types.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { fitToNames } from './fitToNames.ts';
import type { Measure } from './nameWrap.ts';
import { growBoxes, stackBoxes } from './stageLayout.ts';
import { COUNT_SIZE, COUNT_WEIGHT, LANE_NAME_WEIGHT, useLaneName } from './StageMap.tsx';

/**
 * Canvas text runs a hair narrower than the page's at some sizes (hinting, kerning): a
 * name is measured this much wider, so a box sized for it never comes out a line short.
 */
const MEASURE_MARGIN = 1.04;

export function useFittedBoxes(
  stretched: CanvasLayout,
  blueprint: Blueprint,
  labelSize: number,
  /**
   * Room kept above a box that needs it (its queue's count, the lane's name) and below one
   * customers are served at, and around any other, canvas units.
   */
  room: { top: number; bottom: number; margin: number },
): CanvasLayout {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const laneName = useLaneName();
  const queued = useMemo(() => queueSteps(blueprint), [blueprint]);
  const { top, bottom, margin } = room;
  return useMemo(() => {
    const measure = canvasMeasure(labelSize);
    const measureBold = canvasMeasure(labelSize, LANE_NAME_WEIGHT);
    const measureCount = canvasMeasure(labelSize * COUNT_SIZE, COUNT_WEIGHT);
    if (!measure || !measureBold || !measureCount || stretched.nodes.length === 0)
      return growBoxes(
        stackBoxes(stretched, () => ({ top, bottom }), 0),
        () => ({ top, bottom }),
      );
    return fitToNames(stretched, {
      name: (node) => text(node.data.step.label),
      queued: (node) => queued.has(node.data.step.id),
      seated: (node) => isProcessStep(node.data.step),
      laneName: (lane) => measureBold(laneName(lane)),
      // Its padding (0.3 em each side) included.
      badge:
        Math.max(
          measureCount(t('playback.waitingAt', { count: 888 })),
          measureCount(t('playback.pileAt', { count: 888 })),
        ) +
        0.6 * COUNT_SIZE * labelSize,
      measure,
      labelSize,
      top,
      bottom,
      margin,
    });
  }, [stretched, labelSize, top, bottom, margin, queued, text, laneName, t]);
}

/**
 * The steps a queue's count may be written above: where a line can form (queuePlaces.ts:
 * not a step done with a unit the customer keeps from an earlier one), and the waiting
 * step drawn before such a step. Every step with a pool when the blueprint cannot be
 * compiled.
 */
function queueSteps(blueprint: Blueprint): Set<string> {
  let lines: Set<string>;
  try {
    const model = compile(blueprint);
    const places = queuePlaces(model);
    lines = new Set(model.steps.filter((_, index) => places[index]).map((step) => step.id));
  } catch {
    lines = new Set(blueprint.steps.filter((step) => step.resource).map((step) => step.id));
  }
  for (const [waiting, poolStep] of waitingSteps(blueprint))
    if (lines.has(poolStep)) lines.add(waiting);
  return lines;
}

/** A string's width at `size` px in the page's font (and weight); null where no canvas can measure. */
function canvasMeasure(size: number, weight = 400): Measure | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = `${weight} ${size}px ${getComputedStyle(document.body).fontFamily}`;
  return (value) => context.measureText(value).width * MEASURE_MARGIN;
}

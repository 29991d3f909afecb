/**
 * The designer's F (fail point) and W (wait point) marks, Shostack's notation, as small
 * badges on the step. Hovering or focusing a badge shows its note in a tooltip drawn by
 * React Flow's NodeToolbar: outside the node, so neighbours never cover it, and at
 * screen size, so it stays readable however far the canvas is zoomed out. The pane cuts
 * what passes its edges, so a tooltip that would (a step beside the lane rail: the Chinese
 * W note was cut by it) moves sideways into the pane, or opens under the step at the top.
 */
import { NodeToolbar, Position } from '@xyflow/react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { shiftIntoRange } from '../diagram/inView.ts';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';

type MarkKind = 'fail' | 'wait';

/** Air kept between a tooltip and the pane's edge, in screen px. */
const PANE_MARGIN = 6;
/** How far the tooltip stands off the step (NodeToolbar's offset). */
const TOOLTIP_OFFSET = 14;

/** Where an open tooltip goes to stay in the pane: moved sideways, and above or below the step. */
interface TooltipFit {
  dx: number;
  below: boolean;
}

const UNMOVED: TooltipFit = { dx: 0, below: false };

/**
 * The fit for a tooltip of `tip`'s size over the `step` box (right edges aligned, as
 * NodeToolbar's align="end" draws it) in the `pane`; screen px. Reckoned from the step,
 * not from where the tooltip is drawn now, so a tooltip already moved is fitted the same.
 */
function fitTooltip(
  tip: { width: number; height: number },
  step: DOMRect,
  pane: DOMRect,
): TooltipFit {
  const left = step.right - tip.width;
  const dx = shiftIntoRange(left, tip.width, pane.left + PANE_MARGIN, pane.right - PANE_MARGIN);
  const top = step.top - TOOLTIP_OFFSET - tip.height;
  const below =
    top < pane.top + PANE_MARGIN &&
    step.bottom + TOOLTIP_OFFSET + tip.height <= pane.bottom - PANE_MARGIN;
  return { dx, below };
}

export function StepMarks({ step }: { step: Step }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const [shown, setShown] = useState<MarkKind | null>(null);
  const [fit, setFit] = useState<TooltipFit>(UNMOVED);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();

  // Measured once drawn, before the browser paints it, and moved into the pane.
  useLayoutEffect(() => {
    const tip = tooltipRef.current;
    const node = marksRef.current?.closest('.react-flow__node');
    const pane = node?.closest('.react-flow');
    if (shown === null || !tip || !node || !pane) return;
    const next = fitTooltip(
      { width: tip.offsetWidth, height: tip.offsetHeight },
      node.getBoundingClientRect(),
      pane.getBoundingClientRect(),
    );
    setFit((now) => (now.dx === next.dx && now.below === next.below ? now : next));
  }, [shown]);

  const marks = [
    step.failPoint && {
      kind: 'fail' as const,
      letter: t('step.failMark'),
      name: t('step.failPoint'),
      note: text(step.failPoint.note),
    },
    step.waitPoint && {
      kind: 'wait' as const,
      letter: t('step.waitMark'),
      name: t('step.waitPoint'),
      note: text(step.waitPoint.note),
    },
  ].filter((mark) => mark !== undefined);
  if (marks.length === 0) return null;
  const open = marks.find((mark) => mark.kind === shown);

  return (
    <>
      <div className="step-marks" ref={marksRef}>
        {marks.map((mark) => (
          <span
            key={mark.kind}
            className={`mark mark--${mark.kind}`}
            role="img"
            tabIndex={0}
            aria-label={mark.note ? `${mark.name}: ${mark.note}` : mark.name}
            aria-describedby={shown === mark.kind ? tooltipId : undefined}
            onMouseEnter={() => setShown(mark.kind)}
            onMouseLeave={() => setShown(null)}
            onFocus={() => setShown(mark.kind)}
            onBlur={() => setShown(null)}
          >
            {mark.letter}
          </span>
        ))}
      </div>
      <NodeToolbar
        isVisible={open !== undefined}
        position={fit.below ? Position.Bottom : Position.Top}
        align="end"
        offset={TOOLTIP_OFFSET}
      >
        {open && (
          <div
            id={tooltipId}
            ref={tooltipRef}
            role="tooltip"
            className={`mark-tooltip mark-tooltip--${open.kind}`}
            style={fit.dx === 0 ? undefined : { transform: `translateX(${fit.dx}px)` }}
          >
            <strong className="mark-tooltip__name">
              {open.letter} · {open.name}
            </strong>
            {open.note && <span className="mark-tooltip__note">{open.note}</span>}
          </div>
        )}
      </NodeToolbar>
    </>
  );
}

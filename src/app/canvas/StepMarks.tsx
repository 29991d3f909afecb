/**
 * The designer's F (fail point) and W (wait point) marks, Shostack's notation, as small
 * badges on the step. Hovering or focusing a badge shows its note in a tooltip drawn by
 * React Flow's NodeToolbar: outside the node, so neighbours never cover it, and at
 * screen size, so it stays readable however far the canvas is zoomed out.
 */
import { NodeToolbar, Position } from '@xyflow/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';

type MarkKind = 'fail' | 'wait';

export function StepMarks({ step }: { step: Step }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const [shown, setShown] = useState<MarkKind | null>(null);
  const tooltipId = useId();

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
      <div className="step-marks">
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
      <NodeToolbar isVisible={open !== undefined} position={Position.Top} align="end" offset={14}>
        {open && (
          <div id={tooltipId} role="tooltip" className={`mark-tooltip mark-tooltip--${open.kind}`}>
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

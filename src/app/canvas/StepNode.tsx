/**
 * One step box. The kind decides the look: action a plain card, decision a hexagon,
 * evidence a paper with a folded corner, note a dashed sticky note. Memoised, as React
 * Flow re-renders nodes on every viewport change otherwise.
 */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { StepFacts } from './StepFacts.tsx';
import { StepHandles } from './StepHandles.tsx';
import { StepResultStrip } from '../simulation/StepResultStrip.tsx';
import { StepMarks } from './StepMarks.tsx';
import { StepOutcome } from './StepOutcome.tsx';
import type { StepNode as StepNodeType } from './types.ts';

function StepNodeView({ data }: NodeProps<StepNodeType>) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const { step } = data;
  const label = text(step.label);

  return (
    <div
      className={`step step--${step.kind} lane--${step.lane}`}
      data-step-id={step.id}
      data-kind={step.kind}
    >
      <StepHandles />
      <div className="step__shape">
        <div className="step__body">
          <span className="visually-hidden">{t(`step.kind.${step.kind}`)}: </span>
          <p className="step__label" title={label}>
            {label}
          </p>
          <StepFacts meanMinutes={data.meanMinutes} poolLabel={data.poolLabel} />
        </div>
      </div>
      <StepOutcome outcome={data.outcome} label={data.outcomeLabel} />
      <StepMarks step={step} />
      <StepResultStrip stepId={step.id} poolLabel={data.poolLabel} />
    </div>
  );
}

export const StepNode = memo(StepNodeView);

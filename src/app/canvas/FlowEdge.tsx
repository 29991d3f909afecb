/**
 * A flow as a right-angled arrow, the way blueprints are drawn, routed around the steps
 * it would pass behind (useFlowLine.ts, the same line as in an exported picture). Its
 * caption is the flow's label and, on a branch, the chance of taking it, overall and per
 * class, or the queue rule that takes it ("queue ≥ 6"), on a stretch of the line where it
 * covers no step. A decision's failing branch
 * is drawn red and dashed (flows.css) with an F in its caption.
 */
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import type { FlowEdge as FlowEdgeType } from './types.ts';
import type { ClassChance, Side } from '../diagram/types.ts';
import { useFlowLine } from './useFlowLine.ts';

function FlowEdgeView({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  data,
  selected,
}: EdgeProps<FlowEdgeType>) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const language = useUiLanguage();
  const flow = data?.flow;
  const chances = data?.classChances ?? [];
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const parts: string[] = [];
  if (flow?.label !== undefined) parts.push(text(flow.label));
  if (flow?.when) parts.push(t('flow.queueAtLeast', { count: flow.when.atLeast }));
  if (flow?.probability !== undefined) parts.push(percent.format(flow.probability));
  else if (chances.length > 0) parts.push(chanceRange(chances, percent));
  // Class names are long; the caption stays short and the chance of each class is a hover away.
  const byClass = chances
    .map((chance) => `${text(chance.label)}: ${percent.format(chance.probability)}`)
    .join('\n');
  const failing = data?.failing === true;
  const rule = flow?.when
    ? t('flow.queueRule', {
        count: flow.when.atLeast,
        step: text(data?.queueStepLabel) || flow.when.queueAt,
      })
    : '';
  const title = [failing ? t('flow.failing') : '', rule, byClass].filter(Boolean).join('\n');
  const caption = [failing ? t('step.failMark') : '', ...parts].join(' ');
  const { path, label } = useFlowLine(
    id,
    { id: source, x: sourceX, y: sourceY, side: sourcePosition as Side },
    { id: target, x: targetX, y: targetY, side: targetPosition as Side },
    caption,
  );

  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} />
      {(parts.length > 0 || failing) && (
        <EdgeLabelRenderer>
          <div
            className={`flow-label flow-label--${data?.role ?? 'process'}${byClass ? ' flow-label--by-class' : ''}${failing ? ' flow-label--failing' : ''}${selected ? ' flow-label--selected' : ''}`}
            data-flow-id={flow?.id}
            data-failing={failing || undefined}
            title={title || undefined}
            style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
          >
            {failing && (
              <span className="flow-label__fail" role="img" aria-label={t('flow.failing')}>
                {t('step.failMark')}
              </span>
            )}
            {parts.join(' · ')}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** "55–75 %": the spread of a branch's chance over the classes. */
function chanceRange(chances: readonly ClassChance[], percent: Intl.NumberFormat): string {
  const values = chances.map((chance) => chance.probability);
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? percent.format(low) : percent.formatRange(low, high);
}

export const FlowEdge = memo(FlowEdgeView);

/**
 * Connection points on all four sides: edges pick the sides that face each other
 * (diagram/flows.ts). The source points show as dots on hover, to drag a new flow from;
 * the target points stay invisible and are found by distance when a flow is let go.
 */
import { Handle, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { SIDES } from '../diagram/flows.ts';
import { sourceHandleId, targetHandleId } from './flowEdges.ts';

const POSITION_OF = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
} as const;

export function StepHandles() {
  const { t } = useTranslation();
  const title = t('step.connectFrom');
  return SIDES.flatMap((side) => [
    <Handle
      key={targetHandleId(side)}
      id={targetHandleId(side)}
      type="target"
      position={POSITION_OF[side]}
      className="step-handle step-handle--target"
    />,
    // After the target, so the dot a designer grabs is the source one.
    <Handle
      key={sourceHandleId(side)}
      id={sourceHandleId(side)}
      type="source"
      position={POSITION_OF[side]}
      className="step-handle step-handle--source"
      title={title}
    />,
  ]);
}

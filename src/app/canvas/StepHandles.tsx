/**
 * Invisible connection points on all four sides: edges pick the sides that face each
 * other (flowEdges.ts). Nothing can be connected by hand in the read-only canvas.
 */
import { Handle, Position } from '@xyflow/react';
import { SIDES, sourceHandleId, targetHandleId } from './flowEdges.ts';

const POSITION_OF = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
} as const;

export function StepHandles() {
  return SIDES.flatMap((side) => [
    <Handle
      key={sourceHandleId(side)}
      id={sourceHandleId(side)}
      type="source"
      position={POSITION_OF[side]}
      isConnectable={false}
      className="step-handle"
    />,
    <Handle
      key={targetHandleId(side)}
      id={targetHandleId(side)}
      type="target"
      position={POSITION_OF[side]}
      isConnectable={false}
      className="step-handle"
    />,
  ]);
}

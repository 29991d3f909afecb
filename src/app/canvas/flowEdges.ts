/**
 * The diagram's flows as React Flow edges: the sides a flow joins (diagram/flows.ts)
 * become handle ids, its role a class name and an arrow head of the line's colour.
 */
import type { DiagramFlow, Side } from '../diagram/types.ts';
import type { FlowEdge } from './types.ts';

/** Handle ids on every step box: one source and one target handle per side. */
export const sourceHandleId = (side: Side): string => `source-${side}`;
export const targetHandleId = (side: Side): string => `target-${side}`;

export function flowEdge(placed: DiagramFlow): FlowEdge {
  const { flow, role, classChances, failing, queueStepLabel } = placed;
  return {
    id: placed.key,
    type: 'flow',
    source: flow.from,
    target: flow.to,
    sourceHandle: sourceHandleId(placed.fromSide),
    targetHandle: targetHandleId(placed.toSide),
    data: {
      flow,
      role,
      ...(classChances.length > 0 ? { classChances } : {}),
      ...(failing ? { failing: true as const } : {}),
      ...(queueStepLabel !== undefined ? { queueStepLabel } : {}),
    },
    className: `flow flow--${role}${failing ? ' flow--failing' : ''}`,
    markerEnd: {
      type: 'arrowclosed',
      width: 18,
      height: 18,
      color: failing ? FAILING_MARKER_COLOR : MARKER_COLORS[role],
    },
  };
}

/** Arrow heads take the colour of their line (see flows.css). */
export const MARKER_COLORS: Record<DiagramFlow['role'], string> = {
  process: '#1f2937',
  background: '#475569',
  drawing: '#8a94a6',
};

/** The failing branch's arrow head: the F marks' red (--mark-fail in base.css). */
export const FAILING_MARKER_COLOR = '#c62828';

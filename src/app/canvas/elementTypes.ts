/**
 * React Flow's component maps, made once at module level: a new object on each render
 * would make React Flow remount every node and edge.
 */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { FlowEdge } from './FlowEdge.tsx';
import { StepNode } from './StepNode.tsx';

export const nodeTypes = { step: StepNode } satisfies NodeTypes;
export const edgeTypes = { flow: FlowEdge } satisfies EdgeTypes;

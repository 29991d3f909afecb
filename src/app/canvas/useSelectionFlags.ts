/**
 * Selection between the store and React Flow: flags derived from the store's selection
 * (narrow selectors: only a selection change re-derives them), and React Flow's select
 * changes (click, Shift+click, box selection, pane click) written back to the store.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { BlueprintStore } from '../store/blueprintStore.ts';
import { applySelectChanges, isSelectChange, withSelectedFlags } from './selectionFlags.ts';
import type { FlowEdge, StepNode } from './types.ts';

export function useSelectionFlags(store: BlueprintStore, nodes: StepNode[], edges: FlowEdge[]) {
  const selectedSteps = store((state) => state.selection.steps);
  const selectedFlows = store((state) => state.selection.flows);

  const selectedNodes = useMemo(() => {
    const ids = new Set(selectedSteps);
    return withSelectedFlags(nodes, (node) => ids.has(node.data.step.id));
  }, [nodes, selectedSteps]);
  const selectedEdges = useMemo(() => {
    const ids = new Set(selectedFlows);
    return withSelectedFlags(
      edges,
      (edge) => edge.data !== undefined && ids.has(edge.data.flow.id),
    );
  }, [edges, selectedFlows]);

  const stepOfNode = useMemo(
    () => new Map(nodes.map((node) => [node.id, node.data.step.id])),
    [nodes],
  );
  const flowOfEdge = useMemo(
    () => new Map(edges.flatMap((edge) => (edge.data ? [[edge.id, edge.data.flow.id]] : []))),
    [edges],
  );

  const selectNodes = useCallback(
    (changes: readonly NodeChange<StepNode>[]) => {
      const { selection, select } = store.getState();
      const steps = applySelectChanges(selection.steps, changes.filter(isSelectChange), (id) =>
        stepOfNode.get(id),
      );
      if (steps !== selection.steps) select({ ...selection, steps });
    },
    [store, stepOfNode],
  );
  const selectEdges = useCallback(
    (changes: readonly EdgeChange<FlowEdge>[]) => {
      const { selection, select } = store.getState();
      const flows = applySelectChanges(selection.flows, changes.filter(isSelectChange), (id) =>
        flowOfEdge.get(id),
      );
      if (flows !== selection.flows) select({ ...selection, flows });
    },
    [store, flowOfEdge],
  );

  return { selectedNodes, selectedEdges, selectNodes, selectEdges, stepOfNode, flowOfEdge };
}

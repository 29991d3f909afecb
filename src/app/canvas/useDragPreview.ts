/**
 * Dragging steps. While the pointer moves, the dragged boxes' positions are a transient
 * preview in this component's state: not the blueprint, not history. On release the
 * drop becomes one `moveSteps` edit (one undo step) and the preview is dropped.
 * Escape during a drag puts the boxes back and the release then changes nothing.
 */
import { useStoreApi, type NodeChange, type OnNodeDrag, type XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useCommands } from '../keyboard/commands.ts';
import { moveSteps } from '../editor/commands/steps.ts';
import type { BlueprintStore } from '../store/blueprintStore.ts';
import { dropPlaces, movesNothing } from '../diagram/dropPlaces.ts';
import { viewSpan } from '../diagram/inView.ts';
import type { StepNode } from './types.ts';
import type { LaneBand } from '../diagram/types.ts';

const NO_PREVIEW: ReadonlyMap<string, XYPosition> = new Map();

export function useDragPreview(
  store: BlueprintStore,
  nodes: StepNode[],
  lanes: readonly LaneBand[],
) {
  const flowStore = useStoreApi();
  const [preview, setPreview] = useState(NO_PREVIEW);
  // Set by Escape, cleared when the drag ends: the rest of this drag is ignored.
  const cancelled = useRef(false);
  const dragging = preview.size > 0;

  useCommands([
    {
      id: 'canvas.cancelDrag',
      keys: ['Escape'],
      inTextFields: true,
      enabled: () => dragging,
      run: () => {
        cancelled.current = true;
        setPreview(NO_PREVIEW);
      },
    },
  ]);

  // Only the dragged nodes become new objects; the others keep their identity, so their
  // memoised components do not render again while the pointer moves.
  const shownNodes = useMemo(
    () =>
      preview.size === 0
        ? nodes
        : nodes.map((node) => {
            const position = preview.get(node.id);
            return position ? { ...node, position, dragging: true } : node;
          }),
    [nodes, preview],
  );

  const previewPositions = useCallback((changes: readonly NodeChange<StepNode>[]) => {
    if (cancelled.current) return;
    const moved = new Map<string, XYPosition>();
    for (const change of changes) {
      if (change.type === 'position' && change.dragging && change.position)
        moved.set(change.id, change.position);
    }
    if (moved.size > 0) setPreview((before) => new Map([...before, ...moved]));
  }, []);

  const commitDrop: OnNodeDrag<StepNode> = useCallback(
    (_event, _node, dragged) => {
      const blueprint = store.getState().document?.blueprint;
      setPreview(NO_PREVIEW);
      const wasCancelled = cancelled.current;
      cancelled.current = false;
      if (!blueprint || wasCancelled) return;
      const { transform, width } = flowStore.getState();
      const moves = dropPlaces(
        blueprint,
        lanes,
        dragged.map((node) => ({ stepId: node.data.step.id, ...node.position })),
        // Let go half under the lane rail, a step comes into view rather than stay hidden.
        width > 0 ? viewSpan(transform[0], transform[2], width) : undefined,
      );
      if (!movesNothing(blueprint, moves))
        store.getState().edit((draft) => moveSteps(draft, moves));
    },
    [store, lanes, flowStore],
  );

  return { shownNodes, previewPositions, commitDrop };
}

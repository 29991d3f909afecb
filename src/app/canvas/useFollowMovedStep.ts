/**
 * A selected step that an edit moves elsewhere (its phase or lane picked in the inspector,
 * an undo) stays in sight: the view moves as little as needed to show it, at the same
 * zoom. Zoomed in on the later phases, a step given an empty first phase in the inspector
 * went left out of the pane, selected and out of sight. Steps moved by a drag are where
 * the pointer left them, already in view; the view only moves when one is not.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useBlueprintStore } from '../store/appStore.ts';
import { DROP_MARGIN_ON_SCREEN } from '../diagram/inView.ts';
import { keepInView } from './panelRoom.ts';
import type { CanvasLayout } from './types.ts';

interface Seen {
  documentKey: string;
  stepId: string;
  x: number;
  y: number;
}

export function useFollowMovedStep(layout: CanvasLayout, documentKey: string): void {
  const { getViewport, setViewport } = useReactFlow();
  const flowStore = useStoreApi();
  const selectedStep = useBlueprintStore((state) =>
    state.selection.steps.length === 1 ? state.selection.steps[0] : undefined,
  );
  const seen = useRef<Seen | undefined>(undefined);

  useEffect(() => {
    const node = layout.nodes.find((candidate) => candidate.data.step.id === selectedStep);
    const before = seen.current;
    seen.current =
      node && selectedStep !== undefined
        ? { documentKey, stepId: selectedStep, x: node.position.x, y: node.position.y }
        : undefined;
    // Only a move of the step that was already selected in this document: selecting a
    // step, or opening another blueprint, leaves the view where the user put it.
    if (!node || !before || before.documentKey !== documentKey || before.stepId !== selectedStep)
      return;
    if (before.x === node.position.x && before.y === node.position.y) return;
    const { width, height } = flowStore.getState();
    if (width === 0 || height === 0) return;
    const rect = {
      x: node.position.x,
      y: node.position.y,
      width: node.width ?? 0,
      height: node.height ?? 0,
    };
    const view = getViewport();
    // The drop margin: a step let go near the edge is already in view and stays put.
    const moved = keepInView(view, rect, { width, height }, DROP_MARGIN_ON_SCREEN);
    if (moved.x !== view.x || moved.y !== view.y) void setViewport(moved, { duration: 200 });
  }, [layout.nodes, selectedStep, documentKey, flowStore, getViewport, setViewport]);
}

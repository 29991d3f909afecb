/**
 * The canvas's pan and zoom and the pane's size, for the overlays drawn at screen size
 * beside it (lane names, phase names, line labels). Must be used under a ReactFlowProvider.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';

const select = (state: ReactFlowState) => ({
  x: state.transform[0],
  y: state.transform[1],
  zoom: state.transform[2],
  width: state.width,
  height: state.height,
});

export function useViewportTransform() {
  return useStore(select, shallow);
}

/** The part of [start, end) that lies inside [0, size), or undefined when none does. */
export function visibleSpan(
  start: number,
  end: number,
  size: number,
): { start: number; end: number } | undefined {
  const from = Math.max(0, start);
  const to = Math.min(size, end);
  return to > from ? { start: from, end: to } : undefined;
}

const selectPaneSize = (state: ReactFlowState) => ({ width: state.width, height: state.height });

/** Only the pane's size: for components that must not re-render on every pan. */
export function usePaneSize() {
  return useStore(selectPaneSize, shallow);
}

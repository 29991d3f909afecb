/**
 * Puts the camera at the readable start view (viewport.ts) whenever another document is
 * opened, once the pane has a size, and again when the pane changes size (the results
 * dock opening after a run, a panel folded, the window resized) as long as the user has
 * not moved the view since: what was fitted to the old pane is refitted to the new one,
 * so the lanes stay in view. Reports whether the first view is placed, so the canvas can
 * stay hidden until then instead of flashing an unfitted first frame.
 */
import { useReactFlow } from '@xyflow/react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Rect } from '../diagram/types.ts';
import { usePaneSize } from './useViewportTransform.ts';
import { readableStart, type ViewportState } from './viewport.ts';

/** Below these the view counts as untouched (rounding in React Flow's transform). */
const SAME_PIXEL = 0.5;
const SAME_ZOOM = 0.001;

const sameView = (a: ViewportState, b: ViewportState): boolean =>
  Math.abs(a.x - b.x) < SAME_PIXEL &&
  Math.abs(a.y - b.y) < SAME_PIXEL &&
  Math.abs(a.zoom - b.zoom) < SAME_ZOOM;

/** `floor`: the lowest zoom at which the blueprint's names are read whole (readableStart). */
export function useStartView(bounds: Rect, documentKey: string, floor: number): boolean {
  const { setViewport, getViewport } = useReactFlow();
  const { width, height } = usePaneSize();
  // Which document the view was last set for, and the view set: edits to the open one,
  // or a pan by the user, keep the user's view.
  const placedFor = useRef<string | null>(null);
  const placedView = useRef<ViewportState | null>(null);
  const placedPane = useRef<string>('');
  const [shownKey, setShownKey] = useState<string | null>(null);

  useLayoutEffect(() => {
    if (width === 0 || height === 0) return;
    const pane = `${width}×${height}`;
    const newDocument = placedFor.current !== documentKey;
    const resizedUntouched =
      !newDocument &&
      placedPane.current !== pane &&
      placedView.current !== null &&
      sameView(getViewport(), placedView.current);
    placedPane.current = pane;
    if (!newDocument && !resizedUntouched) return;
    placedFor.current = documentKey;
    const view = readableStart(bounds, { width, height }, floor);
    placedView.current = view;
    void setViewport(view).then(() => setShownKey(documentKey));
  }, [bounds, documentKey, floor, getViewport, height, setViewport, width]);

  return shownKey === documentKey;
}

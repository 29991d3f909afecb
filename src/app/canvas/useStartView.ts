/**
 * Puts the camera at the readable start view (viewport.ts) whenever another document is
 * opened, once the pane has a size. Reports whether that has happened, so the canvas can
 * stay hidden until then instead of flashing an unfitted first frame.
 */
import { useReactFlow } from '@xyflow/react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Rect } from '../diagram/types.ts';
import { usePaneSize } from './useViewportTransform.ts';
import { readableStart } from './viewport.ts';

export function useStartView(bounds: Rect, documentKey: string): boolean {
  const { setViewport } = useReactFlow();
  const { width, height } = usePaneSize();
  // Which document the view was last set for: edits to the open one keep the user's view.
  const placedFor = useRef<string | null>(null);
  const [shownKey, setShownKey] = useState<string | null>(null);

  useLayoutEffect(() => {
    if (width === 0 || height === 0 || placedFor.current === documentKey) return;
    placedFor.current = documentKey;
    void setViewport(readableStart(bounds, { width, height })).then(() => setShownKey(documentKey));
  }, [bounds, documentKey, height, setViewport, width]);

  return shownKey === documentKey;
}

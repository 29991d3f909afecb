/**
 * Tells the palette row (canvasNotice.ts) when the canvas is zoomed out so far that the
 * step names are hidden (diagram/overview.ts, namesHidden), and gives it the way back:
 * "Show the whole blueprint", which always lands at a zoom where every name reads whole.
 * Draws nothing; a component of its own so that only it re-renders when the state flips.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import { namesHidden } from '../diagram/overview.ts';
import { useCanvasNotice } from './canvasNotice.ts';

const selectNamesHidden = (state: ReactFlowState): boolean => namesHidden(state.transform[2]);

export function NamesHiddenNotice({ showWhole }: { showWhole: () => void }) {
  const hidden = useStore(selectNamesHidden);
  const setShowNames = useCanvasNotice((state) => state.setShowNames);
  useEffect(() => {
    setShowNames(hidden ? showWhole : null);
    // The note is about this canvas: it goes with it.
    return () => setShowNames(null);
  }, [hidden, setShowNames, showWhole]);
  return null;
}

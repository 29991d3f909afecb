/**
 * Puts the camera at the readable start view (viewport.ts) whenever another document is
 * opened, once the pane has a size, and again when the pane changes size (the results
 * dock opening after a run, a panel folded, the window resized) as long as the user has
 * not moved the view since: what was fitted to the old pane is refitted to the new one,
 * so the lanes stay in view. Reports whether the first view is placed, so the canvas can
 * stay hidden until then instead of flashing an unfitted first frame. When the blueprint
 * is wider than the screen at a readable zoom, on opening and when shown whole, it says so
 * for a while (canvasNotice.ts).
 *
 * A blueprint wider than the canvas at a readable zoom folds the sidebar, then the
 * inspector, for its view (panelRoom.ts), when it is opened and when "Show the whole blueprint" is
 * asked for; the view is placed at once for the pane they leave. When the pane narrows
 * (the inspector opened for a selection), the selected steps are kept in view.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCanvasNotice } from './canvasNotice.ts';
import type { Rect } from '../diagram/types.ts';
import { useLayoutPreferences } from '../header/layoutPreferences.ts';
import { keepInView, roomForWhole } from './panelRoom.ts';
import { roomAsChosen, roomAsShown } from './panelWidths.ts';
import { usePaneSize } from './useViewportTransform.ts';
import { readableStart, type PaneSize, type ViewportState } from './viewport.ts';

/** Below these the view counts as untouched (rounding in React Flow's transform). */
const SAME_PIXEL = 0.5;
const SAME_ZOOM = 0.001;
/** How long "Show the whole blueprint" says the blueprint is too wide. */
const TOO_WIDE_NOTE_MS = 8000;
const SHOW_WHOLE_MS = 300;

const sameView = (a: ViewportState, b: ViewportState): boolean =>
  Math.abs(a.x - b.x) < SAME_PIXEL &&
  Math.abs(a.y - b.y) < SAME_PIXEL &&
  Math.abs(a.zoom - b.zoom) < SAME_ZOOM;

const paneKey = ({ width, height }: PaneSize): string => `${width}×${height}`;

export interface StartViewInput {
  bounds: Rect;
  /** Changes when another document is opened: the view is placed anew. */
  documentKey: string;
  /** The lowest zoom at which the blueprint's names are read whole (readableStart). */
  floor: number;
  /** The selected steps' box in canvas units, or null: kept in view when the pane narrows. */
  selectedRect: () => Rect | null;
  /** The blueprint opened with errors: the sidebar, which lists them, is not folded. */
  hasErrors: boolean;
}

export interface StartView {
  /** Whether the first view of the open document is placed. */
  ready: boolean;
  /** "Show the whole blueprint": the whole at a readable zoom, folding panels if that helps. */
  showWhole: () => void;
}

export function useStartView({
  bounds,
  documentKey,
  floor,
  selectedRect,
  hasErrors,
}: StartViewInput): StartView {
  const { setViewport, getViewport } = useReactFlow();
  const { width, height } = usePaneSize();
  const setFoldedForView = useLayoutPreferences((state) => state.setFoldedForView);
  // Which document the view was last set for, and the view set: edits to the open one,
  // or a pan by the user, keep the user's view.
  const placedFor = useRef<string | null>(null);
  const placedView = useRef<ViewportState | null>(null);
  const placedPane = useRef<string>('');
  const [shownKey, setShownKey] = useState<string | null>(null);
  const tooWide = useCanvasNotice((state) => state.tooWide);
  const setTooWide = useCanvasNotice((state) => state.setTooWide);

  const place = useCallback(
    (view: ViewportState, pane: PaneSize, duration?: number) => {
      placedView.current = view;
      placedPane.current = paneKey(pane);
      return setViewport(view, duration === undefined ? undefined : { duration });
    },
    [setViewport],
  );

  useLayoutEffect(() => {
    if (width === 0 || height === 0) return;
    const pane = { width, height };
    if (placedFor.current !== documentKey) {
      placedFor.current = documentKey;
      const chosen = roomAsChosen(pane, hasErrors);
      const roomed = roomForWhole(bounds, chosen.pane, floor, chosen.widths);
      setFoldedForView(roomed.fold);
      setTooWide(roomed.tooWide);
      void place(roomed.view, roomed.pane).then(() => setShownKey(documentKey));
      return;
    }
    if (placedPane.current === paneKey(pane)) return;
    placedPane.current = paneKey(pane);
    const untouched = placedView.current !== null && sameView(getViewport(), placedView.current);
    const fitted = untouched ? readableStart(bounds, pane, floor) : getViewport();
    const selected = selectedRect();
    const view = selected ? keepInView(fitted, selected, pane) : fitted;
    if (sameView(view, getViewport())) return;
    // A view the user moved stays theirs: later resizes do not refit it.
    if (untouched) placedView.current = view;
    void setViewport(view);
  }, [
    bounds,
    documentKey,
    floor,
    getViewport,
    hasErrors,
    height,
    place,
    selectedRect,
    setFoldedForView,
    setTooWide,
    setViewport,
    width,
  ]);

  const showWhole = useCallback(() => {
    const pane = { width, height };
    const roomed = roomForWhole(bounds, pane, floor, roomAsShown());
    const folded = useLayoutPreferences.getState().foldedForView;
    setFoldedForView({
      sidebar: folded.sidebar || roomed.fold.sidebar,
      inspector: folded.inspector || roomed.fold.inspector,
    });
    setTooWide(roomed.tooWide);
    void place(roomed.view, roomed.pane, SHOW_WHOLE_MS);
  }, [bounds, floor, height, place, setFoldedForView, setTooWide, width]);

  useEffect(() => {
    if (!tooWide) return;
    const timer = window.setTimeout(() => setTooWide(false), TOO_WIDE_NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [setTooWide, tooWide]);
  // The note is about this canvas: it goes with it.
  useEffect(() => () => setTooWide(false), [setTooWide]);

  return { ready: shownKey === documentKey, showWhole };
}

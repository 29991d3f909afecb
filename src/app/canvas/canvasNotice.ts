/**
 * Notes about the canvas that are said beside it, in the palette row, rather than over
 * it: a note drawn over the lanes hid the steps under it (a designer's run-through: the
 * "too wide" note covered the evidence lane for its eight seconds). The canvas sets them;
 * the palette row shows them (PaletteStatus).
 */
import { create } from 'zustand';

interface CanvasNoticeState {
  /** "Show the whole blueprint" could not show it whole at a readable size. */
  tooWide: boolean;
  setTooWide: (tooWide: boolean) => void;
  /**
   * Null while the step names are drawn; zoomed out so far that they are hidden
   * (diagram/overview.ts, namesHidden), the way back to a view where they read.
   */
  showNames: (() => void) | null;
  setShowNames: (showNames: (() => void) | null) => void;
}

export const useCanvasNotice = create<CanvasNoticeState>()((set) => ({
  tooWide: false,
  setTooWide: (tooWide) => set({ tooWide }),
  showNames: null,
  setShowNames: (showNames) => set({ showNames }),
}));

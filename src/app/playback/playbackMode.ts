/**
 * Whether the app shows playback, and how: off (the editor), play (playback with its
 * controls), present (full window, large type, editing hidden). Playback never edits the
 * blueprint; leaving it returns to the editor with the blueprint as it was.
 */
import { create } from 'zustand';
import { readStoredMode, writeStoredMode } from './lessonStorage.ts';

export type PlaybackMode = 'off' | 'play' | 'present';

/** `?demo=<example id>` opens that example straight into playback, ready to demonstrate. */
export const DEMO_PARAM = 'demo';
/** The example the Demo button and a bare `?demo` open. */
export const DEMO_EXAMPLE_ID = 'counter-deposit';

interface PlaybackModeState {
  mode: PlaybackMode;
  /** Start playing as soon as the engine is ready (the one-click demo). */
  autoplay: boolean;
  enter: (options?: { autoplay?: boolean; present?: boolean }) => void;
  setMode: (mode: PlaybackMode) => void;
}

export const usePlaybackMode = create<PlaybackModeState>()((set) => ({
  // A reload in the middle of a lesson comes back to it (lessonStorage.ts), Present included.
  mode: readStoredMode() ?? 'off',
  autoplay: false,
  enter: (options = {}) =>
    set({ mode: options.present ? 'present' : 'play', autoplay: options.autoplay ?? false }),
  setMode: (mode) => set({ mode }),
}));

usePlaybackMode.subscribe((state, before) => {
  if (state.mode !== before.mode) writeStoredMode(state.mode);
});

/** Back to the editor; the address stops asking for the demo, so a reload stays in the editor. */
export function leavePlayback(): void {
  usePlaybackMode.getState().setMode('off');
  const url = new URL(window.location.href);
  if (!url.searchParams.has(DEMO_PARAM)) return;
  url.searchParams.delete(DEMO_PARAM);
  window.history.replaceState(window.history.state, '', url);
}

/** The example a `?demo=` address asks for, or undefined. */
export function demoFromSearch(search: string): string | undefined {
  const params = new URLSearchParams(search);
  if (!params.has(DEMO_PARAM)) return undefined;
  return params.get(DEMO_PARAM) || DEMO_EXAMPLE_ID;
}

/**
 * How the user arranged the page (the sidebar and the inspector folded away or not, the
 * overview map, flows around the steps or straight, the simulation dock's height),
 * remembered across visits. zustand's persist middleware keeps it in localStorage.
 *
 * Besides the user's choices, the panels folded for the open blueprint's view (not
 * remembered): a wide blueprint that reads whole only with more room folds them when it
 * is opened or shown whole (canvas/panelRoom.ts). Opening a panel with its button undoes
 * that fold; the next blueprint opened starts from the user's choices again.
 */
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * Narrower than this, the sidebar starts folded until the user opens it: beside the
 * inspector it would leave the canvas too narrow for a readable blueprint (at 1280 px the
 * canvas gets 1090 px instead of 790).
 */
export const SIDEBAR_FOLD_WIDTH = 1400;

/** Open unless the window is narrow: the sidebar's state until the user chooses. */
export const sidebarOpenFor = (windowWidth: number): boolean => windowWidth >= SIDEBAR_FOLD_WIDTH;

/** Which panels are folded for the open blueprint's view, whatever the user's choice. */
export interface FoldedPanels {
  sidebar: boolean;
  inspector: boolean;
}

export const NOTHING_FOLDED: FoldedPanels = { sidebar: false, inspector: false };

interface LayoutPreferences {
  /** The user's choice; null until the user folds or opens it (then it follows the width). */
  sidebarOpen: boolean | null;
  toggleSidebar: () => void;
  /** Opens the sidebar, whether the user or the view folded it (to show what it lists). */
  revealSidebar: () => void;
  inspectorOpen: boolean;
  toggleInspector: () => void;
  /** Not remembered: folded to make room for the open blueprint (see above). */
  foldedForView: FoldedPanels;
  setFoldedForView: (folded: FoldedPanels) => void;
  /** Opens the inspector if it was folded for the view, not if the user folded it. */
  revealInspector: () => void;
  /** The overview map in the canvas corner; off until asked for, as it covers steps. */
  minimapShown: boolean;
  toggleMinimap: () => void;
  /**
   * Flows drawn around the steps they would pass behind (diagram/route.ts), on the canvas
   * and in exported pictures; off, they run the plain way, straight through.
   */
  flowsAroundSteps: boolean;
  toggleFlowsAroundSteps: () => void;
  /** The unfolded dock's panel height in px; null: the default share of the window. */
  dockHeight: number | null;
  setDockHeight: (height: number | null) => void;
}

/** Version 0 stored the sidebar's default (open) as if chosen: it is read as not chosen. */
export function migrateLayoutPreferences(
  stored: unknown,
  version: number,
): Partial<LayoutPreferences> {
  const state = { ...(stored ?? {}) } as Partial<LayoutPreferences>;
  if (version < 1 && state.sidebarOpen === true) state.sidebarOpen = null;
  return state;
}

export const useLayoutPreferences = create<LayoutPreferences>()(
  persist(
    (set) => ({
      sidebarOpen: null,
      // A panel folded for the view comes back as the user had it: open.
      toggleSidebar: () =>
        set((state) =>
          state.foldedForView.sidebar
            ? { foldedForView: { ...state.foldedForView, sidebar: false } }
            : { sidebarOpen: !(state.sidebarOpen ?? sidebarOpenFor(window.innerWidth)) },
        ),
      revealSidebar: () =>
        set((state) => ({
          foldedForView: { ...state.foldedForView, sidebar: false },
          ...((state.sidebarOpen ?? sidebarOpenFor(window.innerWidth))
            ? {}
            : { sidebarOpen: true }),
        })),
      inspectorOpen: true,
      toggleInspector: () =>
        set((state) =>
          state.foldedForView.inspector
            ? { foldedForView: { ...state.foldedForView, inspector: false } }
            : { inspectorOpen: !state.inspectorOpen },
        ),
      foldedForView: NOTHING_FOLDED,
      setFoldedForView: (foldedForView) => set({ foldedForView }),
      revealInspector: () =>
        set((state) =>
          state.foldedForView.inspector
            ? { foldedForView: { ...state.foldedForView, inspector: false } }
            : {},
        ),
      minimapShown: false,
      toggleMinimap: () => set((state) => ({ minimapShown: !state.minimapShown })),
      flowsAroundSteps: true,
      toggleFlowsAroundSteps: () => set((state) => ({ flowsAroundSteps: !state.flowsAroundSteps })),
      dockHeight: null,
      setDockHeight: (dockHeight) => set({ dockHeight }),
    }),
    {
      name: 'blueprint-lab.layout',
      version: 1,
      migrate: (stored, version) => migrateLayoutPreferences(stored, version) as LayoutPreferences,
      partialize: (state) => ({
        sidebarOpen: state.sidebarOpen,
        inspectorOpen: state.inspectorOpen,
        dockHeight: state.dockHeight,
        minimapShown: state.minimapShown,
        flowsAroundSteps: state.flowsAroundSteps,
      }),
    },
  ),
);

const subscribeToResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/**
 * Whether the sidebar is shown: the user's choice, or open on a wide enough window,
 * unless folded for the view.
 */
export function useSidebarOpen(): boolean {
  const chosen = useLayoutPreferences((state) => state.sidebarOpen);
  const folded = useLayoutPreferences((state) => state.foldedForView.sidebar);
  const wide = useSyncExternalStore(subscribeToResize, () => sidebarOpenFor(window.innerWidth));
  return (chosen ?? wide) && !folded;
}

/** Whether the inspector is shown: the user's choice, unless folded for the view. */
export function useInspectorOpen(): boolean {
  return useLayoutPreferences((state) => state.inspectorOpen && !state.foldedForView.inspector);
}

/** Whether the user's choices (not a fold for the view) show the sidebar and the inspector. */
export function chosenPanels(): { sidebar: boolean; inspector: boolean } {
  const state = useLayoutPreferences.getState();
  return {
    sidebar: state.sidebarOpen ?? sidebarOpenFor(window.innerWidth),
    inspector: state.inspectorOpen,
  };
}

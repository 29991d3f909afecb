/**
 * How the user arranged the page (the sidebar and the inspector folded away or not, the
 * overview map, flows around the steps or straight, the simulation dock's height), remembered across visits. zustand's persist middleware keeps it in localStorage.
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

interface LayoutPreferences {
  /** The user's choice; null until the user folds or opens it (then it follows the width). */
  sidebarOpen: boolean | null;
  toggleSidebar: () => void;
  inspectorOpen: boolean;
  toggleInspector: () => void;
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
      toggleSidebar: () =>
        set((state) => ({
          sidebarOpen: !(state.sidebarOpen ?? sidebarOpenFor(window.innerWidth)),
        })),
      inspectorOpen: true,
      toggleInspector: () => set((state) => ({ inspectorOpen: !state.inspectorOpen })),
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

/** Whether the sidebar is shown: the user's choice, or open on a wide enough window. */
export function useSidebarOpen(): boolean {
  const chosen = useLayoutPreferences((state) => state.sidebarOpen);
  const wide = useSyncExternalStore(subscribeToResize, () => sidebarOpenFor(window.innerWidth));
  return chosen ?? wide;
}

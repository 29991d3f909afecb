/**
 * How the user arranged the page (the sidebar and the inspector folded away or not, the
 * overview map, the simulation dock's height), remembered across visits. zustand's persist middleware keeps it in localStorage.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface LayoutPreferences {
  sidebarOpen: boolean;
  toggleSidebar: () => void;
  inspectorOpen: boolean;
  toggleInspector: () => void;
  /** The overview map in the canvas corner; off until asked for, as it covers steps. */
  minimapShown: boolean;
  toggleMinimap: () => void;
  /** The unfolded dock's panel height in px; null: the default share of the window. */
  dockHeight: number | null;
  setDockHeight: (height: number | null) => void;
}

export const useLayoutPreferences = create<LayoutPreferences>()(
  persist(
    (set) => ({
      sidebarOpen: true,
      toggleSidebar: () => set((state) => ({ sidebarOpen: !state.sidebarOpen })),
      inspectorOpen: true,
      toggleInspector: () => set((state) => ({ inspectorOpen: !state.inspectorOpen })),
      minimapShown: false,
      toggleMinimap: () => set((state) => ({ minimapShown: !state.minimapShown })),
      dockHeight: null,
      setDockHeight: (dockHeight) => set({ dockHeight }),
    }),
    {
      name: 'blueprint-lab.layout',
      partialize: (state) => ({
        sidebarOpen: state.sidebarOpen,
        inspectorOpen: state.inspectorOpen,
        dockHeight: state.dockHeight,
        minimapShown: state.minimapShown,
      }),
    },
  ),
);

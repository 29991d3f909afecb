/**
 * How the user arranged the page (the sidebar folded away or not), remembered across
 * visits. zustand's persist middleware keeps it in localStorage.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface LayoutPreferences {
  sidebarOpen: boolean;
  toggleSidebar: () => void;
}

export const useLayoutPreferences = create<LayoutPreferences>()(
  persist(
    (set) => ({
      sidebarOpen: true,
      toggleSidebar: () => set((state) => ({ sidebarOpen: !state.sidebarOpen })),
    }),
    { name: 'blueprint-lab.layout', partialize: (state) => ({ sidebarOpen: state.sidebarOpen }) },
  ),
);

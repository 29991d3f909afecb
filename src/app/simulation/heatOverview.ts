/**
 * Whether the palette row should say that the heat strips show only their colour: the
 * canvas is in the overview zoom (diagram/overview.ts), where their numbers are too small
 * to read, and the last run's heat is on the canvas. Said in the palette row
 * (palette/PaletteStatus.tsx) like the canvas's other notes: floating over the canvas's
 * bottom left corner, it sat over the support processes lane, on a three-step blueprint
 * too (a designer's run-through at 1440×900).
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { isOverview } from '../diagram/overview.ts';
import { useRunStore } from './appRunStore.ts';

const selectOverview = (state: ReactFlowState) => isOverview(state.transform[2]);

export function useHeatOverview(): boolean {
  const latest = useRunStore((state) => state.latest);
  const overlay = useRunStore((state) => state.overlay);
  // A boolean: re-renders when the overview starts or ends, not on every zoom frame.
  const overview = useStore(selectOverview);
  return overview && overlay && latest !== null;
}

/**
 * The note over the canvas, in the overview zoom (diagram/overview.ts), that the heat
 * strips show only their colour there, their numbers being too small to read. At the
 * bottom left, below the lanes of a zoomed-out view. Whether the heat is stale or a
 * what-if's is said in the palette row (palette/PaletteStatus.tsx), not over the lanes.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { isOverview } from '../diagram/overview.ts';
import { useRunStore } from './appRunStore.ts';

const selectOverview = (state: ReactFlowState) => isOverview(state.transform[2]);

export function HeatOverviewNote() {
  const { t } = useTranslation();
  const latest = useRunStore((state) => state.latest);
  const overlay = useRunStore((state) => state.overlay);
  // A boolean: re-renders when the overview starts or ends, not on every zoom frame.
  const overview = useStore(selectOverview);
  if (!overview || !overlay || latest === null) return null;
  return (
    <p className="heat-note" role="status" data-testid="heat-overview-note">
      {t('simulation.heatOverview')}
    </p>
  );
}

/**
 * The notes over the canvas about its heat strips: stale or a what-if's (heatBadge.ts),
 * and, in the overview zoom (diagram/overview.ts), that the strips show only their colour
 * there, their numbers being too small to read.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { isOverview } from '../diagram/overview.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { useRunStore } from './appRunStore.ts';
import { heatBadgeFor } from './heatBadge.ts';

const selectOverview = (state: ReactFlowState) => isOverview(state.transform[2]);

export function HeatBadge() {
  const { t } = useTranslation();
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const latest = useRunStore((state) => state.latest);
  const overlay = useRunStore((state) => state.overlay);
  // A boolean: re-renders when the overview starts or ends, not on every zoom frame.
  const overview = useStore(selectOverview);
  const badge = heatBadgeFor(latest, blueprint, overlay);
  const stripsInOverview = overview && overlay && latest !== null;
  if (!badge && !stripsInOverview) return null;
  return (
    <>
      {badge && (
        <p
          className={`heat-badge heat-badge--${badge.kind}`}
          role="status"
          data-testid="heat-badge"
        >
          {badge.kind === 'stale'
            ? t('simulation.heatStale')
            : t('simulation.heatWhatIf', { variant: badge.variant })}
        </p>
      )}
      {stripsInOverview && (
        <p className="heat-note" role="status" data-testid="heat-overview-note">
          {t('simulation.heatOverview')}
        </p>
      )}
    </>
  );
}

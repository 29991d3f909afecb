/** The badge over the canvas when its heat strips are stale or a what-if's (heatBadge.ts). */
import { useTranslation } from 'react-i18next';
import { useBlueprintStore } from '../store/appStore.ts';
import { useRunStore } from './appRunStore.ts';
import { heatBadgeFor } from './heatBadge.ts';

export function HeatBadge() {
  const { t } = useTranslation();
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const latest = useRunStore((state) => state.latest);
  const overlay = useRunStore((state) => state.overlay);
  const badge = heatBadgeFor(latest, blueprint, overlay);
  if (!badge) return null;
  return (
    <p className={`heat-badge heat-badge--${badge.kind}`} role="status" data-testid="heat-badge">
      {badge.kind === 'stale'
        ? t('simulation.heatStale')
        : t('simulation.heatWhatIf', { variant: badge.variant })}
    </p>
  );
}

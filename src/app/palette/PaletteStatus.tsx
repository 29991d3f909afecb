/**
 * The end of the palette row: what the canvas needs to say, or else the palette's hint.
 * The canvas's notes used to float over the lanes and hid the steps under them (a
 * designer's run-through: "Heat of a what-if: Tellers 5" over the evidence lane for as
 * long as it held); here they take no step's room. In order:
 * - the heat strips are a what-if's or from before the latest edits (heatBadge.ts): they
 *   looked like measurements of the blueprint on screen;
 * - zoomed out so far that the step names are hidden, with the way back to where they
 *   read (canvasNotice.ts): the boxes without names looked like the names had gone;
 * - the blueprint is wider than the screen at a readable size, on opening or when shown
 *   whole (canvasNotice.ts);
 * - zoomed out so far the heat strips show only their colour (heatOverview.ts);
 * - the hint on how to add a step, whole or not at all ("Drag o…" told nothing).
 */
import { useTranslation } from 'react-i18next';
import { useCanvasNotice } from '../canvas/canvasNotice.ts';
import { useRunStore } from '../simulation/appRunStore.ts';
import { useHeatOverview } from '../simulation/heatOverview.ts';
import { heatBadgeFor } from '../simulation/heatBadge.ts';
import { useBlueprintStore } from '../store/appStore.ts';

export function PaletteStatus() {
  const { t } = useTranslation();
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const latest = useRunStore((state) => state.latest);
  const overlay = useRunStore((state) => state.overlay);
  const tooWide = useCanvasNotice((state) => state.tooWide);
  const showNames = useCanvasNotice((state) => state.showNames);
  const heatOverview = useHeatOverview();
  const badge = heatBadgeFor(latest, blueprint, overlay);

  if (badge) {
    const text =
      badge.kind === 'stale'
        ? t('simulation.heatStale')
        : t('simulation.heatWhatIf', { variant: badge.variant });
    return (
      <p
        className={`palette-status heat-badge heat-badge--${badge.kind}`}
        role="status"
        title={text}
        data-testid="heat-badge"
      >
        {text}
      </p>
    );
  }
  if (showNames) {
    const text = t('canvas.namesHidden');
    return (
      <div className="palette-status names-note" role="status" data-testid="names-hidden-note">
        <p className="names-note__text" title={text}>
          {text}
        </p>
        <button
          type="button"
          className="names-note__action"
          title={t('canvas.showNamesHint')}
          onClick={showNames}
        >
          {t('canvas.showNames')}
        </button>
      </div>
    );
  }
  if (tooWide) return <CanvasNote text={t('canvas.tooWide')} testId="too-wide-note" />;
  if (heatOverview)
    return <CanvasNote text={t('simulation.heatOverview')} testId="heat-overview-note" />;
  return (
    <span className="palette__hint-room">
      <span className="palette__hint">{t('palette.hint')}</span>
    </span>
  );
}

/** A plain note about the canvas: two lines at most, the whole of it on hover. */
function CanvasNote({ text, testId }: { text: string; testId: string }) {
  return (
    <p className="palette-status canvas-note" role="status" title={text} data-testid={testId}>
      {text}
    </p>
  );
}

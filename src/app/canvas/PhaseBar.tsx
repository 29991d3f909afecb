/**
 * The phase names in a bar above the canvas, each over its column: like the lane rail,
 * they follow horizontal pans and zooms at a constant, readable size.
 */
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import type { PhaseColumn } from './types.ts';
import { useViewportTransform, visibleSpan } from './useViewportTransform.ts';

export function PhaseBar({ phases }: { phases: PhaseColumn[] }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const { x, zoom, width } = useViewportTransform();

  return (
    <div className="phase-bar" role="list" aria-label={t('canvas.phases')}>
      {phases.map((phase) => {
        const left = x + phase.left * zoom;
        const visible = visibleSpan(left, x + phase.right * zoom, width);
        if (!visible) return null;
        return (
          <div
            key={phase.id}
            role="listitem"
            className="phase-bar__phase"
            data-phase={phase.id}
            style={{ left: visible.start, width: visible.end - visible.start }}
          >
            <span className="phase-bar__name">{text(phase.label)}</span>
          </div>
        );
      })}
    </div>
  );
}

/**
 * The names of the three lines, pinned to the left edge of the canvas on their line.
 * They sit between lanes, where steps keep clear (steps start well below a lane's top).
 * When zoomed out so far that the lanes are thinner than a label, they step aside.
 */
import { useTranslation } from 'react-i18next';
import type { LineMark } from '../diagram/types.ts';
import { useViewportTransform } from './useViewportTransform.ts';

/** Screen pixels a lane needs above and below a line before its label fits. */
const ROOM_FOR_LABEL = 56;

export function LineLabels({ lines, thinnestLane }: { lines: LineMark[]; thinnestLane: number }) {
  const { t } = useTranslation();
  const { y, zoom, height } = useViewportTransform();
  if (thinnestLane * zoom < ROOM_FOR_LABEL) return null;

  return (
    <div className="line-labels">
      {lines.map((line) => {
        const top = y + line.y * zoom;
        if (top < 0 || top > height) return null;
        return (
          <span
            key={line.id}
            className={`line-label line--${line.id}`}
            data-line={line.id}
            style={{ top }}
          >
            {t(`lines.${line.id}`)}
          </span>
        );
      })}
    </div>
  );
}

/**
 * The names of the three lines, in the lane rail on the left, each on its line between
 * two lane names. Not on the canvas: there a label covered the steps of the lane above
 * and, after a run, their heat strips, which hang down to the line. A name is left out
 * when the lanes beside it are too thin on screen to hold it and their own names.
 */
import { useTranslation } from 'react-i18next';
import type { LaneBand, LineMark } from '../diagram/types.ts';
import { visibleSpan } from './useViewportTransform.ts';

/**
 * Screen pixels each lane beside a line needs before its label fits: the lane's name
 * (two lines of 16 px, centred) and half a label of two lines of 11 px on either side.
 */
export const ROOM_FOR_LABEL = 76;

interface LineLabelsProps {
  lanes: readonly LaneBand[];
  lines: readonly LineMark[];
  /** The canvas's vertical pan and zoom, and the rail's height (screen px). */
  y: number;
  zoom: number;
  height: number;
}

export function LineLabels({ lanes, lines, y, zoom, height }: LineLabelsProps) {
  const { t } = useTranslation();
  const shownHeight = (lane: LaneBand | undefined): number => {
    if (!lane) return 0;
    const top = y + lane.top * zoom;
    const visible = visibleSpan(top, top + lane.height * zoom, height);
    return visible ? visible.end - visible.start : 0;
  };

  return (
    <div className="line-labels">
      {lines.map((line) => {
        const below = lanes.findIndex((lane) => lane.top === line.y);
        const room = Math.min(shownHeight(lanes[below - 1]), shownHeight(lanes[below]));
        if (room < ROOM_FOR_LABEL) return null;
        return (
          <span
            key={line.id}
            className={`line-label line--${line.id}`}
            data-line={line.id}
            style={{ top: y + line.y * zoom }}
          >
            {t(`lines.${line.id}`)}
          </span>
        );
      })}
    </div>
  );
}

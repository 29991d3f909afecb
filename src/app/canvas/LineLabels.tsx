/**
 * The names of the three lines, in the lane rail on the left, each on its line between
 * two lane names. Not on the canvas: there a label covered the steps of the lane above
 * and, after a run, their heat strips, which hang down to the line. Which lines are named
 * the rail decides (LaneRail, railRoom.ts): a name is left out when the lanes beside it
 * are too thin on screen to hold it and their own names.
 */
import { useTranslation } from 'react-i18next';
import type { LineMark } from '../diagram/types.ts';

interface LineLabelsProps {
  /** The lines to name. */
  lines: readonly LineMark[];
  /** The canvas's vertical pan and zoom. */
  y: number;
  zoom: number;
}

export function LineLabels({ lines, y, zoom }: LineLabelsProps) {
  const { t } = useTranslation();
  return (
    <div className="line-labels">
      {lines.map((line) => (
        <span
          key={line.id}
          className={`line-label line--${line.id}`}
          data-line={line.id}
          style={{ top: y + line.y * zoom }}
        >
          {t(`lines.${line.id}`)}
        </span>
      ))}
    </div>
  );
}

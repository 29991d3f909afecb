/**
 * The names of the three lines, in the lane rail on the left, each on its line between
 * two lane names. Not on the canvas: there a label covered the steps of the lane above
 * and, after a run, their heat strips, which hang down to the line. A name is left out
 * when the lanes beside it are too thin on screen to hold it and their own names.
 */
import { useTranslation } from 'react-i18next';
import { textWidth } from '../diagram/svgText.ts';
import type { LaneBand, LineMark } from '../diagram/types.ts';
import { visibleSpan } from './useViewportTransform.ts';

/**
 * Screen pixels each lane beside a line needs before its label fits: the lane's name (two
 * lines of 16 px, centred) and half the label on either side. A label of one line (11 px)
 * needs less than one that wraps to two, so the short ones (all the Chinese names) stay
 * shown in the overview zoom, where the deposit's lanes are 64 px high.
 */
const LANE_NAME_HEIGHT = 40;
const LABEL_LINE_HEIGHT = 13.2;
const LABEL_PADDING = 2;
const LABEL_MARGIN = 2;
/** What a label's line holds (canvas.css: the rail's 156 px less the label's indent and padding). */
const LABEL_LINE_WIDTH = 156 - 18 - 10 - 16;

/** The lanes' height on screen each side of a line needs before a label fits. */
export function roomForLabel(label: string): number {
  const lines = textWidth(label, 11, true) <= LABEL_LINE_WIDTH ? 1 : 2;
  return LANE_NAME_HEIGHT + lines * LABEL_LINE_HEIGHT + LABEL_PADDING + 2 * LABEL_MARGIN;
}

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
        const label = t(`lines.${line.id}`);
        if (room < roomForLabel(label)) return null;
        return (
          <span
            key={line.id}
            className={`line-label line--${line.id}`}
            data-line={line.id}
            style={{ top: y + line.y * zoom }}
          >
            {label}
          </span>
        );
      })}
    </div>
  );
}

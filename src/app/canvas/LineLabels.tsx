/**
 * The names of the three lines, in the lane rail on the left, each on its line between
 * two lane names. Not on the canvas: there a label covered the steps of the lane above
 * and, after a run, their heat strips, which hang down to the line. A name is left out
 * when the lanes beside it are too thin on screen to hold it and their own names.
 */
import { useTranslation } from 'react-i18next';
import { textWidth } from '../diagram/svgText.ts';
import type { LaneBand, LineMark } from '../diagram/types.ts';
import { type LaneNameType, nameLines } from './laneNameType.ts';
import { visibleSpan } from './useViewportTransform.ts';

/**
 * Screen pixels a lane beside a line needs before the line's label fits: the lane's name
 * (one or two lines of 16 px, centred) and half the label (one or two lines of 11 px) on
 * either side of it. Counting the lines each takes, short names (all the Chinese ones)
 * stay shown in the overview zoom, where the deposit's lanes are 59 to 64 px high.
 */
const LABEL_LINE = 13.2;
const LABEL_PADDING = 2;
const LABEL_MARGIN = 2;
/** What a line of a label holds (canvas.css: the rail's 156 px less indents, padding). */
const LABEL_WIDTH = 156 - 18 - 10 - 16;

const linesOf = (text: string, size: number, width: number): number =>
  textWidth(text, size, true) <= width ? 1 : 2;

/** The lane's height on screen that holds its name and half the line's label above or below it. */
export function roomForLabel(label: string, laneName: string, type: LaneNameType): number {
  const name = nameLines(laneName, type) * type.lineHeight;
  return name + linesOf(label, 11, LABEL_WIDTH) * LABEL_LINE + LABEL_PADDING + 2 * LABEL_MARGIN;
}

interface LineLabelsProps {
  lanes: readonly LaneBand[];
  lines: readonly LineMark[];
  /** The canvas's vertical pan and zoom, and the rail's height (screen px). */
  y: number;
  zoom: number;
  height: number;
  /** A lane's name as the rail shows it. */
  laneName: (lane: LaneBand) => string;
  /** The type the rail gives the lanes' names. */
  type: LaneNameType;
}

export function LineLabels({ lanes, lines, y, zoom, height, laneName, type }: LineLabelsProps) {
  const { t } = useTranslation();
  // Whether the lane's visible part holds its name and half the label beside it.
  const holds = (lane: LaneBand | undefined, label: string): boolean => {
    if (!lane) return false;
    const top = y + lane.top * zoom;
    const visible = visibleSpan(top, top + lane.height * zoom, height);
    const shown = visible ? visible.end - visible.start : 0;
    return shown >= roomForLabel(label, laneName(lane), type);
  };

  return (
    <div className="line-labels">
      {lines.map((line) => {
        const below = lanes.findIndex((lane) => lane.top === line.y);
        const label = t(`lines.${line.id}`);
        if (!holds(lanes[below - 1], label) || !holds(lanes[below], label)) return null;
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

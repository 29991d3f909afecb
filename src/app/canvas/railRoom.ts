/**
 * The lane rail's room, shared by the lanes' names and the lines' names between them. A
 * line's name sits on its line, half in the lane above, half in the one below; each lane's
 * name is centred in what those halves leave it. The rail's type is the largest in which
 * every lane on screen holds its name and the halves of its lines' names, so the three
 * lines are named at a whole view: beside the inspector at 1440×900 (lanes of 45 px) the
 * two-line "Line of internal interaction" did not fit beside a centred name, and at
 * 1920×1080 (lanes of 53 px) the 16 px names on two lines left room for one line's name.
 */
import { textWidth } from '../diagram/svgText.ts';
import { nameLines, smallLaneNameType, type LaneNameType } from './laneNameType.ts';

/** A line's name: 11 px on lines of 1.1, 1 px padding above and below (canvas.css). */
const LABEL_LINE = 12.1;
const LABEL_PADDING = 2;
/** Air between a line's name and a lane's name. */
const LABEL_MARGIN = 1.5;
/** What a line of a label holds (canvas.css: the rail's 156 px less indents, padding). */
const LABEL_WIDTH = 156 - 18 - 10 - 16;
/** Air kept above and below a lane's name where no line's name is. */
const NAME_AIR = 2;

const LARGE: LaneNameType = { className: '', size: 16, lineHeight: 20, maxLines: 2 };
const MEDIUM: LaneNameType = {
  className: ' lane-rail__lane--medium',
  size: 14,
  lineHeight: 16.8,
  maxLines: 2,
};

/** A lane as the rail reckons it: its name, the names of the lines on its edges, its height on screen. */
export interface RailLane {
  name: string;
  /** The name of the line on its top edge, if one is drawn there. */
  above?: string | undefined;
  below?: string | undefined;
  height: number;
}

/** The height (screen px) of a line's name: one line, or two when it is long. */
export function labelHeight(label: string): number {
  const lines = textWidth(label, 11, true) <= LABEL_WIDTH ? 1 : 2;
  return lines * LABEL_LINE + LABEL_PADDING;
}

/** The room a line's name takes from a lane beside it: half its height and the air. */
export function edgeRoom(label: string | undefined): number {
  return label === undefined ? NAME_AIR : labelHeight(label) / 2 + LABEL_MARGIN;
}

/** The height a lane needs on screen for its name in `type` and its lines' names. */
export function laneNeeds(lane: RailLane, type: LaneNameType): number {
  return nameLines(lane.name, type) * type.lineHeight + edgeRoom(lane.above) + edgeRoom(lane.below);
}

/**
 * The rail's one type: 16 px, else 14 px (two lines each), when every lane holds its name
 * and its lines' names so; else the small type (laneNameType.ts), where a line's name is
 * left out beside a lane too thin for both.
 */
export function railType(lanes: readonly RailLane[]): LaneNameType {
  for (const type of [LARGE, MEDIUM])
    if (lanes.every((lane) => lane.height >= laneNeeds(lane, type))) return type;
  return smallLaneNameType(
    Math.min(...lanes.map((lane) => lane.height)),
    lanes.map((lane) => lane.name),
  );
}

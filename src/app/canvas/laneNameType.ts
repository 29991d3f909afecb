/**
 * The small type of the lane rail's names, one for every lane, chosen from the thinnest
 * lane on screen when the larger ones leave no room (railRoom.ts): the names keep one
 * size together ("Physical evidence" cut at 13 px while "Frontstage" beside it stayed at
 * 16 px read as a fault). In thin lanes a name on one
 * line of 12 px leaves room for the lines' names between the lanes, which two lines
 * would push out (the deposit beside the inspector at 1440×900: lanes of 45 px).
 */
import { textWidth } from '../diagram/svgText.ts';

/** What a line of a lane's name holds (canvas.css: the rail's 156 px less border, indent, padding). */
export const LANE_NAME_WIDTH = 156 - 6 - 12 - 10;
/** Two small lines and their leading. */
const ROOM_FOR_TWO_SMALL_LINES = 30;
/** What the estimate of a name's width keeps in hand for the browser's own font. */
const WIDTH_IN_HAND = 0.94;

export interface LaneNameType {
  /** CSS class for each lane of the rail ('' for the large type). */
  className:
    '' | ' lane-rail__lane--medium' | ' lane-rail__lane--small' | ' lane-rail__lane--small-two';
  size: number;
  lineHeight: number;
  /** How many lines a name may take. */
  maxLines: 1 | 2;
}

/** 12 px: on one line where every name fits it, or the lanes hold no more; else on two. */
export function smallLaneNameType(thinnest: number, names: readonly string[]): LaneNameType {
  const oneLine = names.every(
    (name) => textWidth(name, 12, true) <= LANE_NAME_WIDTH * WIDTH_IN_HAND,
  );
  if (oneLine || thinnest < ROOM_FOR_TWO_SMALL_LINES)
    return { className: ' lane-rail__lane--small', size: 12, lineHeight: 14.4, maxLines: 1 };
  return { className: ' lane-rail__lane--small-two', size: 12, lineHeight: 14.4, maxLines: 2 };
}

/** The lines a name takes in this type (two when the browser's font might need them). */
export function nameLines(name: string, type: LaneNameType): number {
  if (type.maxLines === 1) return 1;
  return textWidth(name, type.size, true) <= LANE_NAME_WIDTH * WIDTH_IN_HAND ? 1 : 2;
}

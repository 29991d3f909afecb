/**
 * The stage's step boxes sized for their names (measured by the caller): the columns as
 * wide as their names need and the lanes as tall as the lines they take (stageColumns.ts),
 * each box as tall as its lane allows (stageLayout.ts, growBoxes). Pure.
 *
 * The type is never smaller than asked (Present: 2.5 % of the screen's height). Where the
 * names do not fit in one line each, this gives way, in order: a lane takes a line more
 * where that saves the most width (up to four, while the stage's height holds them; a lane
 * with boxes stacked one over the other pays a line for each row, and every lane is
 * planned so, stacked or not); a box, stacked or not, spreads over its lane's empty
 * columns after it; a box that needs no strip above it or no seats below it takes those
 * as lines of its own; the width left is shared out. Only when all that is not enough are
 * the fewest names given up, those that free the most width first: each is then shown in
 * its box with "…", and the spare width goes to those boxes.
 */
import type { CanvasLayout, StepNode } from '../canvas/types.ts';
import { STUB } from '../diagram/flowPath.ts';
import { STEP_GAP } from '../diagram/geometry.ts';
import type { LaneBand } from '../diagram/types.ts';
import { type LaneNeed, resizeLanes, shareLanes } from './laneHeights.ts';
import { type Measure, breakPieces, widthForLines } from './nameWrap.ts';
import { type PlannedBox, planColumns } from './stageColumns.ts';
import { type BoxRoom, LEFT_ROOM, RIGHT_ROOM, growBoxes, stackBoxes } from './stageLayout.ts';
import { LANE_NAME_INSET, LINE_HEIGHT, STEP_PADDING, STEP_SIDE_PADDING } from './StageMap.tsx';

const SIDES = 2 * STEP_SIDE_PADDING;
/**
 * The gap between two columns where no queue waits, canvas units: room for a flow's line
 * to run up or down between them, its turn into the box after (STUB) clear of the box before.
 */
export const NARROW_GAP = STUB + 6;
/** A name on more lines than this reads as a column of words: the lanes stop there. */
const MAX_LINES = 4;
/** Room kept between a lane's name and a box left of it that starts in the strip, canvas units. */
const NAME_CLEARANCE = 8;
/** A queue's count starts this far left of its box (playbackStage.css: over the box's border). */
const BADGE_OUTSET = 3;

export interface NameFit {
  name: (node: StepNode) => string;
  /** Whether a queue's count may be written above the box. */
  queued: (node: StepNode) => boolean;
  /** Whether customers are served at the box (they sit on its bottom edge). */
  seated: (node: StepNode) => boolean;
  /** The width of the lane's name, canvas units (written at its top right, LANE_NAME_INSET in). */
  laneName: (lane: LaneBand) => number;
  /** The width of the widest queue's count, canvas units (written over a queued box's left end). */
  badge: number;
  measure: Measure;
  /** Step names' size, canvas units. */
  labelSize: number;
  /** Room above a box under a queue's count or the lane's name, and below a seated one, canvas units. */
  top: number;
  bottom: number;
  /** Room kept above and below any other box, canvas units. */
  margin: number;
}

/**
 * The layout with its columns and lanes sized for the names (see the file's comment). A
 * box that needs no strip above it (no queue's count, not under the lane's name) or no
 * room below it (nobody served there) starts higher or ends lower than its lane's others,
 * and the lines that room holds are its own: its name takes them before it takes width.
 * Which boxes lie under a lane's name is known once the columns are placed: they are
 * planned again with the strip until none is added (each round only adds boxes).
 */
export function fitToNames(stretched: CanvasLayout, fit: NameFit): CanvasLayout {
  const lefts = [...new Set(stretched.nodes.map((node) => Math.round(node.position.x)))].sort(
    (a, b) => a - b,
  );
  const columnOf = (node: StepNode) => lefts.indexOf(Math.round(node.position.x));
  // The boxes of a lane in one column, one above the other (the VIP example's two windows,
  // the ATM example's two ways at the counter): each row of them takes the lane's lines.
  const stackOf = new Map(
    stretched.nodes.map((node) => [
      node.id,
      stretched.nodes.filter(
        (other) =>
          other.data.step.lane === node.data.step.lane && columnOf(other) === columnOf(node),
      ),
    ]),
  );
  const rows = new Map<string, number>();
  for (const node of stretched.nodes) {
    const lane = node.data.step.lane as string;
    rows.set(lane, Math.max(rows.get(lane) ?? 1, stackOf.get(node.id)!.length));
  }
  const planned = stretched.lanes.filter((lane) =>
    stretched.nodes.some((node) => node.data.step.lane === lane.id),
  );
  const line = fit.labelSize * LINE_HEIGHT;
  const start = stretched.bounds.x + LEFT_ROOM;
  const right = stretched.bounds.x + stretched.bounds.width;
  const nameLefts = new Map(
    stretched.lanes.map((lane) => [
      lane.id as string,
      right - LANE_NAME_INSET - fit.laneName(lane),
    ]),
  );
  const needs = stretched.nodes.map((node) => nameNeed(fit, fit.name(node)));

  const queued = stretched.nodes.filter(fit.queued);

  /**
   * The columns planned with the `widened` queued boxes as wide as their widest count;
   * the count over any other reaches over the boxes after it, which keep the strip.
   */
  const planWith = (widened: ReadonlySet<string>) => {
    const stripped = new Set(queued.map((node) => node.id));
    const roomOf = (node: StepNode): BoxRoom => ({
      top: stripped.has(node.id) ? fit.top : fit.margin,
      bottom: fit.seated(node) ? fit.bottom : fit.margin,
    });
    const planFor = () => {
      // Each lane's own room: the most its boxes keep above and below them, per row.
      const laneRoom = new Map<string, BoxRoom>();
      for (const node of stretched.nodes) {
        const lane = node.data.step.lane as string;
        const { top, bottom } = roomOf(node);
        const was = laneRoom.get(lane) ?? { top: fit.margin, bottom: fit.margin };
        laneRoom.set(lane, { top: Math.max(was.top, top), bottom: Math.max(was.bottom, bottom) });
      }
      const fixedOf = (lane: string) => {
        const room = laneRoom.get(lane)!;
        return (rows.get(lane) ?? 1) * (room.top + room.bottom + 2 * STEP_PADDING);
      };
      const boxes = stretched.nodes.map((node, index): PlannedBox => {
        const lane = node.data.step.lane as string;
        const stack = stackOf.get(node.id)!;
        const rooms = stack.reduce((all, other) => {
          const { top, bottom } = roomOf(other);
          return all + top + bottom;
        }, 0);
        const least = widened.has(node.id) ? fit.badge - BADGE_OUTSET : 0;
        return {
          column: columnOf(node),
          lane,
          queued: fit.queued(node),
          // The lines the box holds when its lane holds `lines` a row: its stack shares
          // evenly what the rooms of its boxes leave (stackBoxes), and the room its lane
          // keeps and it does not is its own, lines beyond the lane's.
          need: (lines) => {
            const laneHeight = fixedOf(lane) + (rows.get(lane) ?? 1) * lines * line;
            const height = (laneHeight - rooms) / stack.length - 2 * STEP_PADDING;
            const own = Math.max(1, Math.floor(height / line + 0.001));
            return Math.max(needs[index]!(own), least);
          },
        };
      });
      const plan = planColumns({
        boxes,
        columns: lefts.length,
        width: stretched.bounds.width - LEFT_ROOM - RIGHT_ROOM,
        queueGap: STEP_GAP,
        narrowGap: NARROW_GAP,
        height: planned.reduce((all, lane) => all + lane.height, 0),
        lanes: new Map(planned.map((lane) => [lane.id as string, fixedOf(lane.id)])),
        rows,
        line,
        maxLines: MAX_LINES,
      });
      return { plan, fixedOf, roomOf };
    };

    let result = planFor();
    for (let round = 0; round < stretched.nodes.length; round += 1) {
      // What is written in a lane's strip: its name at its right end, and the counts.
      const boxAt = (index: number) => ({
        left: start + result.plan.boxes[index]!.x,
        right: start + result.plan.boxes[index]!.x + result.plan.boxes[index]!.width,
      });
      const written = stretched.nodes.flatMap((node, index) => {
        if (!fit.queued(node) || widened.has(node.id)) return [];
        const left = boxAt(index).left - BADGE_OUTSET;
        return [{ lane: node.data.step.lane as string, left, right: left + fit.badge }];
      });
      for (const [lane, left] of nameLefts) written.push({ lane, left, right });
      const under = stretched.nodes.filter((node, index) => {
        if (stripped.has(node.id)) return false;
        const box = boxAt(index);
        return written.some(
          (text) =>
            text.lane === node.data.step.lane &&
            text.left < box.right + NAME_CLEARANCE &&
            box.left < text.right + NAME_CLEARANCE,
        );
      });
      if (under.length === 0) break;
      for (const node of under) stripped.add(node.id);
      result = planFor();
    }
    return result;
  };

  // A queued box widened to its count where that cuts fewer names than the strip it
  // would otherwise take from the boxes after it (the columns squeezed: the most cut).
  const cost = ({ plan }: ReturnType<typeof planWith>) =>
    (plan.fits ? 0 : stretched.nodes.length) + plan.cut.length;
  const widened = new Set<string>();
  let best = planWith(widened);
  for (const node of queued) {
    if (cost(best) === 0) break;
    const tried = planWith(new Set(widened).add(node.id));
    if (cost(tried) < cost(best)) {
      widened.add(node.id);
      best = tried;
    }
  }
  const { plan, fixedOf, roomOf } = best;

  const heights = shareLanes(
    stretched.lanes,
    new Map(
      [...plan.lines].map(([lane, lines]): [string, LaneNeed] => [
        lane,
        { fixed: fixedOf(lane), lines: (rows.get(lane) ?? 1) * lines },
      ]),
    ),
    line,
  );
  const placed: CanvasLayout = {
    ...stretched,
    nodes: stretched.nodes.map((node, index) => ({
      ...node,
      position: { x: start + plan.boxes[index]!.x, y: node.position.y },
      width: plan.boxes[index]!.width,
    })),
  };
  const resized = resizeLanes(placed, heights);
  return growBoxes(stackBoxes(resized, roomOf, line + 2 * STEP_PADDING), roomOf);
}

/** The width a name needs on a number of lines, padding included (remembered per count). */
function nameNeed(fit: NameFit, name: string): (lines: number) => number {
  const longestWord = Math.max(
    0,
    ...breakPieces(name).map((piece) => fit.measure(piece.trimEnd())),
  );
  const whole = fit.measure(name) + 1;
  const widths = new Map<number, number>();
  return (lines) => {
    if (!widths.has(lines))
      widths.set(lines, widthForLines(name, lines, longestWord, whole, fit.measure) + SIDES);
    return widths.get(lines)!;
  };
}

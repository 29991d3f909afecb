/**
 * Flows that share a gap between boxes, spread apart. Each flow is routed alone
 * (route.ts), so two flows through one gap came out on the same line: one line where
 * there are two, and no telling which arrow head belongs to which. Here the stretches
 * that run along one another (same line, overlapping) are moved apart across the gap,
 * a few units each, in the order in which they leave the gap, so that they do not
 * cross on the way out where they need not. The stretches at a flow's two ends stay put
 * (they start and end on the boxes' handles); flows that leave one handle together or
 * enter one together still share that end, as a branch or a merge is drawn. A move that
 * would take a line into a box, or shorten an end stretch past its arrow head, is not
 * made. Pure and deterministic: the canvas and the exported picture draw the same lines.
 */
import type { BoxIndex } from './boxIndex.ts';
import type { Point } from './flowPath.ts';
import { isClear, type FlowEnds } from './route.ts';

/** Between two lines spread across a gap: 4.4 px apart at the readable zoom (0.73). */
export const CHANNEL_SPACING = 6;
/** Spread lines keep this far from the boxes beside their gap. */
const KEEP_FROM_BOXES = 4;
/** Stretches sharing less than this much of their length are not one channel. */
const MIN_SHARED = 1;
/** An end stretch keeps at least this length: room for the arrow head and the turn. */
const MIN_END_STRETCH = 8;
/** Spread closer than this, lines read as one again: then the gap is left alone. */
const MIN_SPACING = 2;
/** Coordinates closer than this are one line (routes are made of halves and sums). */
const SAME = 0.01;

export interface RoutedFlow {
  points: readonly Point[];
  ends: FlowEnds;
}

type Axis = 'x' | 'y';

/** One straight stretch of a flow's line, seen along its own direction. */
interface Stretch {
  flow: number;
  /** The stretch runs from points[index] to points[index + 1]. */
  index: number;
  /** The coordinate across the stretch, which a spread changes. */
  at: number;
  /** Where it starts and ends along its direction, low < high. */
  low: number;
  high: number;
  /** Which way the line goes on at each end, across: -1, +1, or 0 at a flow's end. */
  lowExit: number;
  highExit: number;
  /** An end stretch (on a handle) cannot move. */
  movable: boolean;
}

/** The flows' lines with the stretches that shared a gap spread apart, in the same order. */
export function separateChannels(flows: readonly RoutedFlow[], boxes: BoxIndex): Point[][] {
  const lines = flows.map((flow) => flow.points.map((point) => ({ ...point })));
  // A line that already passes behind a box (drawn the plain way) is left as it is.
  const settled = flows.map((flow) => !isClear(flow.points, flow.ends, boxes, 0));
  // Vertical stretches first; the horizontal ones are then seen with their new ends.
  for (const across of ['x', 'y'] as const) {
    for (const group of channels(lines, settled, across)) {
      spread(group, across, lines, flows, boxes);
    }
  }
  return lines;
}

/** Groups of stretches running along one line across `across`, each overlapping the next. */
function channels(
  lines: readonly Point[][],
  settled: readonly boolean[],
  across: Axis,
): Stretch[][] {
  const along: Axis = across === 'x' ? 'y' : 'x';
  const stretches: Stretch[] = [];
  lines.forEach((points, flow) => {
    const last = points.length - 2;
    for (let index = 0; index <= last; index += 1) {
      const from = points[index]!;
      const to = points[index + 1]!;
      if (Math.abs(from[across] - to[across]) > SAME || from[along] === to[along]) continue;
      const forward = from[along] < to[along];
      const before = points[index - 1];
      const after = points[index + 2];
      const exit = (point: Point | undefined) =>
        point === undefined ? 0 : Math.sign(round(point[across] - from[across]));
      stretches.push({
        flow,
        index,
        at: from[across],
        low: Math.min(from[along], to[along]),
        high: Math.max(from[along], to[along]),
        lowExit: exit(forward ? before : after),
        highExit: exit(forward ? after : before),
        movable: index > 0 && index < last && !settled[flow],
      });
    }
  });
  stretches.sort((a, b) => a.at - b.at || a.low - b.low || a.flow - b.flow || a.index - b.index);

  const groups: Stretch[][] = [];
  let group: Stretch[] = [];
  let reach = -Infinity;
  for (const stretch of stretches) {
    const joins =
      group.length > 0 &&
      Math.abs(stretch.at - group[0]!.at) <= SAME &&
      stretch.low < reach - MIN_SHARED;
    if (!joins) {
      if (group.length > 1) groups.push(group);
      group = [];
      reach = -Infinity;
    }
    group.push(stretch);
    reach = Math.max(reach, stretch.high);
  }
  if (group.length > 1) groups.push(group);
  return groups.filter(
    (members) =>
      members.some((member) => member.movable) &&
      new Set(members.map((member) => member.flow)).size > 1,
  );
}

/**
 * The order across the gap in which the stretches cross nothing on their way out: the
 * one that leaves the gap first goes on the side it turns to; so does the one that joins
 * it last. Ties keep the flows' order.
 */
function order(a: Stretch, b: Stretch): number {
  const high =
    a.high < b.high - SAME
      ? a.highExit
      : b.high < a.high - SAME
        ? -b.highExit
        : a.highExit - b.highExit;
  if (high !== 0) return Math.sign(high);
  const low =
    a.low > b.low + SAME ? a.lowExit : b.low > a.low + SAME ? -b.lowExit : a.lowExit - b.lowExit;
  if (low !== 0) return Math.sign(low);
  return a.flow - b.flow || a.index - b.index;
}

/** Moves the group's movable stretches to their places across the gap, when they fit. */
function spread(
  group: Stretch[],
  across: Axis,
  lines: Point[][],
  flows: readonly RoutedFlow[],
  boxes: BoxIndex,
): void {
  const slots = slotsOf([...group].sort(order));
  const room = roomAround(group, across, boxes);
  if (room === undefined) return;
  const lowest = Math.min(0, ...slots.values());
  const highest = Math.max(0, ...slots.values());
  let spacing = CHANNEL_SPACING;
  if (lowest < 0) spacing = Math.min(spacing, (room.below - KEEP_FROM_BOXES) / -lowest);
  if (highest > 0) spacing = Math.min(spacing, (room.above - KEEP_FROM_BOXES) / highest);
  // Tried at the full spacing, then at half, before the gap is given up.
  for (const tried of [spacing, spacing / 2]) {
    if (tried < MIN_SPACING) return;
    const moved = new Map<number, Point[]>();
    for (const [stretch, slot] of slots) {
      const points = moved.get(stretch.flow) ?? lines[stretch.flow]!.map((point) => ({ ...point }));
      const at = stretch.at + slot * tried;
      points[stretch.index]![across] = at;
      points[stretch.index + 1]![across] = at;
      moved.set(stretch.flow, points);
    }
    const fits = [...moved].every(
      ([flow, points]) =>
        endsKept(lines[flow]!, points) && isClear(points, flows[flow]!.ends, boxes, 0),
    );
    if (fits) {
      for (const [flow, points] of moved) lines[flow] = points;
      return;
    }
  }
}

/**
 * Each movable stretch's place across the gap, in spacings from where they all ran: side
 * by side, centred on it, or, when end stretches that cannot move run there too, on
 * either side of those, each keeping its side of the order.
 */
function slotsOf(sorted: readonly Stretch[]): Map<Stretch, number> {
  const slots = new Map<Stretch, number>();
  const fixedAt = sorted.findIndex((stretch) => !stretch.movable);
  if (fixedAt < 0) {
    sorted.forEach((stretch, place) => slots.set(stretch, place - (sorted.length - 1) / 2));
    return slots;
  }
  const before = sorted.slice(0, fixedAt).filter((stretch) => stretch.movable);
  const after = sorted.slice(fixedAt).filter((stretch) => stretch.movable);
  before.forEach((stretch, place) => slots.set(stretch, place - before.length));
  after.forEach((stretch, place) => slots.set(stretch, place + 1));
  return slots;
}

/** The free room on either side of the gap's line along the group; none when a box is on it. */
function roomAround(
  group: readonly Stretch[],
  across: Axis,
  boxes: BoxIndex,
): { below: number; above: number } | undefined {
  const at = group[0]!.at;
  const low = Math.min(...group.map((stretch) => stretch.low));
  const high = Math.max(...group.map((stretch) => stretch.high));
  const reach = CHANNEL_SPACING * group.length + KEEP_FROM_BOXES;
  const area =
    across === 'x'
      ? { x: at - reach, y: low, width: 2 * reach, height: high - low }
      : { x: low, y: at - reach, width: high - low, height: 2 * reach };
  let below = reach;
  let above = reach;
  for (const { rect } of boxes.near(area)) {
    const [start, size, alongStart, alongSize] =
      across === 'x'
        ? [rect.x, rect.width, rect.y, rect.height]
        : [rect.y, rect.height, rect.x, rect.width];
    if (alongStart >= high || alongStart + alongSize <= low) continue;
    if (start + size <= at) below = Math.min(below, at - (start + size));
    else if (start >= at) above = Math.min(above, start - at);
    else return undefined;
  }
  return { below, above };
}

/** The end stretches still run the way they did, long enough for the arrow head. */
function endsKept(before: readonly Point[], after: readonly Point[]): boolean {
  const last = after.length - 1;
  return [
    [0, 1],
    [last - 1, last],
  ].every(([from, to]) => {
    const was = delta(before[from!]!, before[to!]!);
    const now = delta(after[from!]!, after[to!]!);
    const length = Math.abs(now.x) + Math.abs(now.y);
    return (
      Math.sign(was.x) === Math.sign(now.x) &&
      Math.sign(was.y) === Math.sign(now.y) &&
      length >= Math.min(MIN_END_STRETCH, Math.abs(was.x) + Math.abs(was.y))
    );
  });
}

const delta = (from: Point, to: Point): Point => ({ x: to.x - from.x, y: to.y - from.y });
const round = (value: number): number => (Math.abs(value) <= SAME ? 0 : value);

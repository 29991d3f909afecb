/**
 * The stage's lanes shared out by what their names need. Stretched evenly, every lane is
 * as tall as the others: a lane of short names ("File the voucher") keeps lines it never
 * fills while the customer lane's long ones are cut. Here each lane asks for the lines its
 * longest name takes in its box and the same room above and below its boxes as before;
 * the stage's height is shared by whole lines, the whole picture keeping its height.
 */
import type { CanvasLayout } from '../canvas/types.ts';
import type { LaneBand } from '../diagram/types.ts';

export interface LaneNeed {
  /** Room the lane needs around its names (queue strip, padding, served customers), canvas units. */
  fixed: number;
  /** Lines its longest name takes. */
  lines: number;
}

/**
 * Lane heights summing to the lanes' present total: each lane its fixed room and its
 * lines (`line` units each), then what is left in proportion to the lines. When the total
 * cannot hold every lane's lines, the lanes that ask for the most give up a line each in
 * turn (a name that needs more is then cut, visibly): whole lines, never a fraction that
 * would leave every lane a line short. A lane not in `needs` keeps its height.
 */
export function shareLanes(
  lanes: readonly LaneBand[],
  needs: ReadonlyMap<string, LaneNeed>,
  line: number,
): Map<string, number> {
  const heights = new Map(lanes.map((lane) => [lane.id as string, lane.height]));
  const sized = lanes.filter((lane) => needs.has(lane.id));
  if (sized.length === 0 || line <= 0) return heights;
  const room = sized.reduce((sum, lane) => sum + lane.height - needs.get(lane.id)!.fixed, 0);
  const lines = new Map(sized.map((lane) => [lane.id as string, needs.get(lane.id)!.lines]));
  const total = () => [...lines.values()].reduce((sum, n) => sum + n, 0);
  while (total() * line > room) {
    const [most, count] = [...lines].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (count <= 1) return heights;
    lines.set(most, count - 1);
  }
  const spare = room - total() * line;
  for (const lane of sized) {
    const count = lines.get(lane.id)!;
    heights.set(lane.id, needs.get(lane.id)!.fixed + count * line + (spare * count) / total());
  }
  return heights;
}

/**
 * The layout with its lanes at `heights` (same order, same total): every vertical position
 * moves with the lane it is in, stretched or squeezed with it.
 */
export function resizeLanes(
  layout: CanvasLayout,
  heights: ReadonlyMap<string, number>,
): CanvasLayout {
  const lanes = [...layout.lanes].sort((a, b) => a.top - b.top);
  if (lanes.length === 0) return layout;
  const moved: LaneBand[] = [];
  let top = lanes[0]!.top;
  for (const lane of lanes) {
    const height = heights.get(lane.id) ?? lane.height;
    moved.push({ ...lane, top, height });
    top += height;
  }
  const mapY = (y: number) => {
    const index = lanes.findIndex((lane) => y < lane.top + lane.height);
    if (index < 0) {
      const last = lanes.length - 1;
      return y - (lanes[last]!.top + lanes[last]!.height) + moved[last]!.top + moved[last]!.height;
    }
    const from = lanes[index]!;
    const to = moved[index]!;
    if (y < from.top) return y - from.top + to.top;
    return to.top + ((y - from.top) * to.height) / from.height;
  };
  return {
    ...layout,
    lanes: layout.lanes.map((lane) => moved.find((m) => m.id === lane.id)!),
    nodes: layout.nodes.map((node) => {
      const y = node.position.y;
      const bottom = mapY(y + (node.height ?? 0));
      const top = mapY(y);
      return {
        ...node,
        position: { x: node.position.x, y: top },
        ...(node.height !== undefined ? { height: bottom - top } : {}),
      };
    }),
    lines: layout.lines.map((line) => ({ ...line, y: mapY(line.y) })),
  };
}

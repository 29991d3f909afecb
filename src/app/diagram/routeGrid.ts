/**
 * The shortest line of few bends between two points that runs only horizontally and
 * vertically and never through a box: an A* search over the grid made of every box's
 * edges, the middles between them and the two ends (an orthogonal visibility grid).
 * A bend costs as much as BEND_COST units of length, so a line with two corners more
 * than another must save that much length for each. Running along a box's edge costs a
 * little more than running down the middle of a gap, so lines keep to the middle.
 */
import type { Point } from './flowPath.ts';
import type { Rect } from './types.ts';

/** Right, down, left, up. */
export type Direction = 0 | 1 | 2 | 3;
const STEP_X = [1, 0, -1, 0] as const;
const STEP_Y = [0, 1, 0, -1] as const;
const opposite = (direction: Direction): Direction => ((direction + 2) % 4) as Direction;

export const BEND_COST = 40;
/** Extra cost per unit of length along a box's edge, against the middle of the gap. */
const HUG_COST = 0.25;

export interface GridSearch {
  from: Point;
  /** The way the line already runs at `from` (out of its box): it may go on or turn, not go back. */
  fromDirection: Direction;
  to: Point;
  /** The way the line must run on from `to` (into its box). */
  toDirection: Direction;
  /** The boxes to keep out of (their inside; their edges may be run along). */
  obstacles: readonly Rect[];
  /** Where the line may run: no grid line lies outside it. */
  area: Rect;
}

/** The corners of the line from `from` to `to`, both included; undefined when there is none. */
export function searchGrid(search: GridSearch): Point[] | undefined {
  const grid = buildGrid(search);
  const start = grid.node(search.from);
  const goal = grid.node(search.to);
  if (start === undefined || goal === undefined || grid.blocked[start] || grid.blocked[goal])
    return undefined;
  return aStar(grid, start, search.fromDirection, goal, search.toDirection);
}

interface Grid {
  xs: number[];
  ys: number[];
  /** Nodes strictly inside a box. */
  blocked: Uint8Array;
  /** Per node, the edge to its right (h) or below it (v): 1 through a box, 2 along a box's edge. */
  right: Uint8Array;
  down: Uint8Array;
  node: (point: Point) => number | undefined;
}

const THROUGH = 1;
const ALONG = 2;

function buildGrid({ from, to, obstacles, area }: GridSearch): Grid {
  const left = area.x;
  const right = area.x + area.width;
  const top = area.y;
  const bottom = area.y + area.height;
  const xs = gridLines(
    [left, right, from.x, to.x, ...obstacles.flatMap((box) => [box.x, box.x + box.width])],
    left,
    right,
  );
  const ys = gridLines(
    [top, bottom, from.y, to.y, ...obstacles.flatMap((box) => [box.y, box.y + box.height])],
    top,
    bottom,
  );
  const width = xs.length;
  const size = width * ys.length;
  const blocked = new Uint8Array(size);
  const rightEdges = new Uint8Array(size);
  const downEdges = new Uint8Array(size);

  for (const box of obstacles) {
    const boxRight = box.x + box.width;
    const boxBottom = box.y + box.height;
    // Grid lines strictly inside the box, and the stretches between lines within it.
    const insideX = span(xs, box.x, boxRight);
    const insideY = span(ys, box.y, boxBottom);
    for (let j = insideY.first; j <= insideY.last; j += 1) {
      for (let i = insideX.first; i <= insideX.last; i += 1) blocked[j * width + i] = 1;
    }
    // Horizontal stretches from i to i + 1 lying within [box.x, boxRight].
    const stretchX = within(xs, box.x, boxRight);
    const stretchY = within(ys, box.y, boxBottom);
    for (let j = 0; j < ys.length; j += 1) {
      const y = ys[j]!;
      const mark =
        y > box.y && y < boxBottom ? THROUGH : y === box.y || y === boxBottom ? ALONG : 0;
      if (mark === 0) continue;
      for (let i = stretchX.first; i < stretchX.last; i += 1) {
        rightEdges[j * width + i] = Math.min(rightEdges[j * width + i] || mark, mark);
      }
    }
    for (let i = 0; i < width; i += 1) {
      const x = xs[i]!;
      const mark = x > box.x && x < boxRight ? THROUGH : x === box.x || x === boxRight ? ALONG : 0;
      if (mark === 0) continue;
      for (let j = stretchY.first; j < stretchY.last; j += 1) {
        downEdges[j * width + i] = Math.min(downEdges[j * width + i] || mark, mark);
      }
    }
  }

  const indexOfX = new Map(xs.map((x, i) => [x, i]));
  const indexOfY = new Map(ys.map((y, j) => [y, j]));
  return {
    xs,
    ys,
    blocked,
    right: rightEdges,
    down: downEdges,
    node: (point) => {
      const i = indexOfX.get(point.x);
      const j = indexOfY.get(point.y);
      return i === undefined || j === undefined ? undefined : j * width + i;
    },
  };
}

/** The sorted lines within [low, high], and a line down the middle of each gap between them. */
function gridLines(values: number[], low: number, high: number): number[] {
  const edges = [...new Set(values.filter((value) => value >= low && value <= high))].sort(
    (a, b) => a - b,
  );
  const lines: number[] = [];
  edges.forEach((value, index) => {
    if (index > 0) lines.push((edges[index - 1]! + value) / 2);
    lines.push(value);
  });
  return lines;
}

/** Indices of the sorted lines strictly between low and high (first > last when none). */
function span(lines: readonly number[], low: number, high: number) {
  return { first: firstAbove(lines, low), last: firstAtLeast(lines, high) - 1 };
}

/** Indices of the first and the last line within [low, high]. */
function within(lines: readonly number[], low: number, high: number) {
  return { first: firstAtLeast(lines, low), last: firstAbove(lines, high) - 1 };
}

function firstAtLeast(lines: readonly number[], value: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstAbove(lines: readonly number[], value: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function aStar(
  grid: Grid,
  start: number,
  startDirection: Direction,
  goal: number,
  goalDirection: Direction,
): Point[] | undefined {
  const { xs, ys } = grid;
  const width = xs.length;
  const states = width * ys.length * 4;
  const goalState = states;
  const cost = new Float64Array(states + 1).fill(Infinity);
  const cameFrom = new Int32Array(states + 1).fill(-1);
  const done = new Uint8Array(states + 1);
  const goalX = xs[goal % width]!;
  const goalY = ys[Math.floor(goal / width)]!;
  const heap = new StateHeap();
  const first = start * 4 + startDirection;
  cost[first] = 0;
  heap.push(first, 0);

  for (let state = heap.pop(); state !== undefined; state = heap.pop()) {
    if (state === goalState) return pathTo(grid, cameFrom, goalState);
    // A state is pushed again each time a cheaper way to it is found: the first pop is the cheapest.
    if (done[state]) continue;
    done[state] = 1;
    const node = state >> 2;
    const direction = (state & 3) as Direction;
    const here = cost[state]!;
    const i = node % width;
    const j = (node - i) / width;
    if (node === goal) {
      // The line goes on into the target box: a turn there is a bend too.
      if (direction === opposite(goalDirection)) continue;
      const total = here + (direction === goalDirection ? 0 : BEND_COST);
      if (total < cost[goalState]!) {
        cost[goalState] = total;
        cameFrom[goalState] = state;
        heap.push(goalState, total);
      }
      continue;
    }
    for (let turn = 0 as Direction; turn < 4; turn = (turn + 1) as Direction) {
      if (turn === opposite(direction)) continue;
      const ni = i + STEP_X[turn];
      const nj = j + STEP_Y[turn];
      if (ni < 0 || nj < 0 || ni >= width || nj >= ys.length) continue;
      const next = nj * width + ni;
      if (grid.blocked[next]) continue;
      const edge =
        STEP_Y[turn] === 0
          ? grid.right[j * width + Math.min(i, ni)]!
          : grid.down[Math.min(j, nj) * width + i]!;
      if (edge === THROUGH) continue;
      const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const step =
        length * (edge === ALONG ? 1 + HUG_COST : 1) + (turn === direction ? 0 : BEND_COST);
      const nextState = next * 4 + turn;
      const total = here + step;
      if (total < cost[nextState]!) {
        cost[nextState] = total;
        cameFrom[nextState] = state;
        heap.push(nextState, total + Math.abs(goalX - xs[ni]!) + Math.abs(goalY - ys[nj]!));
      }
    }
  }
  return undefined;
}

function pathTo(grid: Grid, cameFrom: Int32Array, goalState: number): Point[] {
  const width = grid.xs.length;
  const points: Point[] = [];
  for (let state = cameFrom[goalState]!; state !== -1; state = cameFrom[state]!) {
    const node = state >> 2;
    const i = node % width;
    points.push({ x: grid.xs[i]!, y: grid.ys[(node - i) / width]! });
  }
  return points.reverse();
}

/**
 * A binary min-heap of search states by priority; equal priorities leave in the order
 * they came, so a search always finds the same line.
 */
class StateHeap {
  private readonly items: { state: number; priority: number; order: number }[] = [];
  private pushed = 0;

  push(state: number, priority: number): void {
    const items = this.items;
    items.push({ state, priority, order: this.pushed++ });
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(items[index]!, items[parent]!)) break;
      [items[index], items[parent]] = [items[parent]!, items[index]!];
      index = parent;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    if (!top) return undefined;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const leftChild = index * 2 + 1;
        const rightChild = leftChild + 1;
        let smallest = index;
        if (leftChild < items.length && before(items[leftChild]!, items[smallest]!))
          smallest = leftChild;
        if (rightChild < items.length && before(items[rightChild]!, items[smallest]!))
          smallest = rightChild;
        if (smallest === index) break;
        [items[index], items[smallest]] = [items[smallest]!, items[index]!];
        index = smallest;
      }
    }
    return top.state;
  }
}

const before = (
  a: { priority: number; order: number },
  b: { priority: number; order: number },
): boolean => a.priority < b.priority || (a.priority === b.priority && a.order < b.order);

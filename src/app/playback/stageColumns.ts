/**
 * The stage's columns sized by the names in them. The editor draws every column the same
 * width (a 200-unit box and a 40-unit gap); on a projector, in type a room can read, a
 * column of long names ("Called: hand over passbook, slip and cash") is cut while one of
 * short names ("Enter PIN") stays half empty. Here each column is as wide as the names in
 * it need on the lines their lane holds, the lanes take lines where that saves the most
 * width, and the width left over is shared out: the same columns in the same order, the
 * whole picture as wide as before.
 *
 * Pure: a box's width for a number of lines comes from `need` (measured by the caller).
 */

export interface PlannedBox {
  /** The box's column, 0 = leftmost. */
  column: number;
  lane: string;
  /** A queue may wait before the step: the gap before its column is a queue's, not a hairline. */
  queued: boolean;
  /**
   * Width the box needs (padding included) for its name on `lines` lines, breaking between
   * words only (its longest word is its least).
   */
  need: (lines: number) => number;
}

export interface PlanInput {
  boxes: readonly PlannedBox[];
  /** How many columns (the boxes' `column` values run 0 … columns − 1). */
  columns: number;
  /** Width of the columns and the gaps between them, canvas units. */
  width: number;
  /** Gap before a column with a queued step / before any other, canvas units. */
  queueGap: number;
  narrowGap: number;
  /** Height of the lanes planned here (each `lanes` entry), canvas units, all together. */
  height: number;
  /** Per lane planned: room it needs besides its lines (queue strip, padding, seats). */
  lanes: ReadonlyMap<string, number>;
  /**
   * Per lane, how many boxes it stacks in one column at most (absent: 1): each row of
   * boxes takes the lane's lines, so a line more costs the lane that many lines' height.
   */
  rows?: ReadonlyMap<string, number>;
  /** Height of one line of a name, canvas units. */
  line: number;
  /** Never more lines than this in a lane (beyond, a box is a column of single words). */
  maxLines: number;
}

export interface ColumnPlan {
  /** Each column's left edge (from 0, the first column's) and width. */
  columns: { x: number; width: number }[];
  /** Each box's left edge and width, in the order given. */
  boxes: { x: number; width: number }[];
  /** Lines each planned lane holds. */
  lines: Map<string, number>;
  /** Whether the columns fit the width (else they were squeezed, and names cut). */
  fits: boolean;
  /** The boxes (their indexes) whose names did not fit: given their longest word only. */
  cut: number[];
}

export function planColumns(input: PlanInput): ColumnPlan {
  const spans = claimSpans(input.boxes, input.columns);
  const gaps = columnGaps(input);
  const lines = new Map([...input.lanes.keys()].map((lane) => [lane, 1]));
  const linesOf = (box: PlannedBox, chosen: ReadonlyMap<string, number>) =>
    chosen.get(box.lane) ?? 1;
  const needsAt = (chosen: ReadonlyMap<string, number>) =>
    input.boxes.map((box) => box.need(linesOf(box, chosen)));
  const total = (widths: readonly number[]) => sum(widths) + sum(gaps.slice(1));
  const heightOf = (chosen: ReadonlyMap<string, number>) =>
    [...input.lanes].reduce(
      (all, [lane, room]) =>
        all + room + (input.rows?.get(lane) ?? 1) * chosen.get(lane)! * input.line,
      0,
    );

  // A line more where it saves the most width; where none does, where it narrows the names
  // most (so fewer are cut below), while the lanes' height holds the lines.
  let widths = leastWidths(needsAt(lines), spans, gaps);
  while (total(widths) > input.width) {
    let best: { lane: string; widths: number[]; saved: number; narrowed: number } | null = null;
    const needs = sum(needsAt(lines));
    for (const lane of lines.keys()) {
      const more = new Map(lines).set(lane, lines.get(lane)! + 1);
      if (more.get(lane)! > input.maxLines || heightOf(more) > input.height) continue;
      const tried = leastWidths(needsAt(more), spans, gaps);
      const saved = total(widths) - total(tried);
      const narrowed = needs - sum(needsAt(more));
      if (
        (saved > 0.5 || narrowed > 0.5) &&
        (!best ||
          saved > best.saved + 0.5 ||
          (saved > best.saved - 0.5 && narrowed > best.narrowed))
      )
        best = { lane, widths: tried, saved, narrowed };
    }
    if (!best) break;
    lines.set(best.lane, lines.get(best.lane)! + 1);
    widths = best.widths;
  }

  // Still too wide: the fewest names given up (each down to its longest word, cut), those
  // that free the most width first.
  const cut = new Set<number>();
  const needs = needsAt(lines);
  const least = input.boxes.map((box) => box.need(Number.MAX_SAFE_INTEGER));
  const withCut = (dropped: ReadonlySet<number>) =>
    leastWidths(
      needs.map((need, index) => (dropped.has(index) ? least[index]! : need)),
      spans,
      gaps,
    );
  while (total(widths) > input.width + 0.5 && cut.size < input.boxes.length) {
    let best: { index: number; widths: number[] } | null = null;
    for (let index = 0; index < input.boxes.length; index += 1) {
      if (cut.has(index)) continue;
      const tried = withCut(new Set(cut).add(index));
      if (!best || total(tried) < total(best.widths)) best = { index, widths: tried };
    }
    if (!best) break;
    cut.add(best.index);
    widths = best.widths;
  }

  const fits = total(widths) <= input.width + 0.5;
  const spare = input.width - total(widths);
  // What is left goes to the columns of names given up (more of them shown), else to all.
  const wanting = new Set([...cut].map((index) => input.boxes[index]!.column));
  const share = (column: number) =>
    wanting.size === 0 ? spare / widths.length : wanting.has(column) ? spare / wanting.size : 0;
  const shared = fits
    ? widths.map((width, column) => width + share(column))
    : squeeze(widths, input.width - sum(gaps.slice(1)));
  const columns: { x: number; width: number }[] = [];
  let x = 0;
  shared.forEach((width, index) => {
    if (index > 0) x += gaps[index]!;
    columns.push({ x, width });
    x += width;
  });
  // A box takes its own column, and of its lane's empty ones only what its name needs:
  // rightwards first, then (no queue before it) leftwards.
  const boxes = input.boxes.map((box, index) => {
    const span = spans[index]!;
    const own = columns[box.column]!;
    const need = cut.has(index) ? least[index]! : box.need(linesOf(box, lines));
    let left = own.x;
    let right = own.x + own.width;
    for (const column of span.filter((c) => c > box.column))
      if (right - left < need)
        right = Math.min(columns[column]!.x + columns[column]!.width, left + need);
    for (const column of span.filter((c) => c < box.column).reverse())
      if (right - left < need) left = Math.max(columns[column]!.x, right - need);
    return { x: left, width: right - left };
  });
  return { columns, boxes, lines, fits, cut: [...cut] };
}

/**
 * The columns each box may take: its own, and the empty columns of its lane up to the next
 * box (a lane's leading empty columns go to its first box, when no queue stands before it).
 * Boxes in one column of a lane (one above the other) each take the empty columns after
 * it, as one box would (the margin example's 'Approve the limit' over 'Strict review' had
 * the backstage empty to their right and were cut), and none before it.
 */
export function claimSpans(boxes: readonly PlannedBox[], columns: number): number[][] {
  const spans = boxes.map((box) => [box.column]);
  const lanes = new Set(boxes.map((box) => box.lane));
  for (const lane of lanes) {
    const row = boxes
      .map((box, index) => ({ box, index }))
      .filter(({ box }) => box.lane === lane)
      .sort((a, b) => a.box.column - b.box.column);
    const shared = (column: number) => row.filter(({ box }) => box.column === column).length > 1;
    row.forEach(({ box, index }, position) => {
      const next = row.find((other) => other.box.column > box.column)?.box.column ?? columns;
      for (let column = box.column + 1; column < next; column += 1) spans[index]!.push(column);
      if (position === 0 && !box.queued && !shared(box.column))
        for (let column = box.column - 1; column >= 0; column -= 1) spans[index]!.unshift(column);
    });
  }
  return spans;
}

/** The gap before each column (index 0: none, the room before the first is the caller's). */
function columnGaps(input: PlanInput): number[] {
  const gaps = new Array<number>(input.columns).fill(input.narrowGap);
  gaps[0] = 0;
  for (const box of input.boxes)
    if (box.queued && box.column > 0) gaps[box.column] = input.queueGap;
  return gaps;
}

/**
 * The narrowest columns that give every box its width over the columns it spans: boxes
 * alone in their column first, then the rest, each widening its columns evenly by what it
 * lacks; repeated until none lacks anything (widths only grow, so it settles).
 */
function leastWidths(
  needs: readonly number[],
  spans: readonly (readonly number[])[],
  gaps: readonly number[],
): number[] {
  const widths = new Array<number>(gaps.length).fill(0);
  const order = needs.map((_, index) => index).sort((a, b) => spans[a]!.length - spans[b]!.length);
  for (let round = 0; round < 50; round += 1) {
    let changed = false;
    for (const index of order) {
      const span = spans[index]!;
      const inner = span.slice(1).reduce((all, column) => all + gaps[column]!, 0);
      const lack = needs[index]! - inner - span.reduce((all, column) => all + widths[column]!, 0);
      if (lack <= 0.01) continue;
      for (const column of span) widths[column]! += lack / span.length;
      changed = true;
    }
    if (!changed) break;
  }
  return widths;
}

/** Widths scaled down to `room` together (names then need more lines than they have). */
function squeeze(widths: readonly number[], room: number): number[] {
  const all = sum(widths);
  return widths.map((width) => (all > 0 ? (width * Math.max(0, room)) / all : 0));
}

function sum(values: readonly number[]): number {
  return values.reduce((all, value) => all + value, 0);
}

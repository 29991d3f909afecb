/** The stage sized to its names: wrapping as CSS does, columns and lanes by what the names need. */
import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../src/app/canvas/layout.ts';
import { breakPieces, lineCount, widthForLines } from '../../../src/app/playback/nameWrap.ts';
import { resizeLanes, shareLanes } from '../../../src/app/playback/laneHeights.ts';
import {
  type PlannedBox,
  claimSpans,
  planColumns,
} from '../../../src/app/playback/stageColumns.ts';
import { makeBlueprint } from '../blueprints.ts';

/** Every character 10 wide, a Chinese one 20. */
const measure = (text: string) =>
  [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 20 : 10), 0);

describe('nameWrap', () => {
  it('breaks at spaces, after hyphens and between Chinese words, never inside one or a short run, never before "，"', () => {
    expect(breakPieces('Count cash-in-transit')).toEqual(['Count ', 'cash-', 'in-', 'transit']);
    // Words as the runtime's dictionary finds them; never inside 网点 or 交易.
    expect(breakPieces('进入网点，取号')).toEqual(['进入网点，', '取号']);
    expect(breakPieces('录入存款交易')).toEqual(['录入', '存款', '交易']);
    // "输入/密码" read as two labels (issue 12): four characters or fewer stay whole.
    expect(breakPieces('输入密码')).toEqual(['输入密码']);
    expect(breakPieces('核对后离开')).toEqual(['核对后', '离开']);
    expect(breakPieces('ATM取款')).toEqual(['ATM', '取款']);
  });

  it('keeps a Chinese word the dictionary cuts into single characters whole', () => {
    // Single characters side by side are one word (回|单 a receipt, 额|度 a limit).
    expect(breakPieces('自助存款回单')).toEqual(['自助', '存款', '回单']);
    // A character alone goes with the word before it, at the start with the one after.
    expect(breakPieces('排队号码单')).toEqual(['排队', '号码单']);
    expect(breakPieces('反洗钱报送')).toEqual(['反洗钱', '报送']);
    // "and" stands alone: 引导员|和, not 引导|员和.
    expect(breakPieces('引导员和指示牌')).toEqual(['引导员', '和', '指示牌']);
  });

  it('counts lines as a greedy browser fills them, cutting a word only when it is wider than the box', () => {
    expect(lineCount('Fill in the deposit slip', 120, measure)).toBe(2);
    expect(lineCount('Fill in the deposit slip', 100, measure)).toBe(4);
    expect(lineCount('Fill in the deposit slip', 240, measure)).toBe(1);
    expect(lineCount('passbook', 50, measure)).toBe(2);
    expect(lineCount('进入网点，取号', 60, measure)).toBe(3);
  });

  it('finds the narrowest width for a number of lines, or the most when even that is not enough', () => {
    const width = widthForLines('Fill in the deposit slip', 2, 50, 400, measure);
    expect(lineCount('Fill in the deposit slip', width, measure)).toBe(2);
    expect(lineCount('Fill in the deposit slip', width - 2, measure)).toBe(3);
    expect(widthForLines('Fill in the deposit slip', 1, 50, 100, measure)).toBe(100);
    expect(widthForLines('Short', 1, 120, 400, measure)).toBe(120);
  });
});

describe('planColumns', () => {
  /** A name of `words` words 50 wide: on `lines` lines it needs ceil(words / lines) words' width. */
  const box = (column: number, lane: string, words: number, queued = false): PlannedBox => ({
    column,
    lane,
    queued,
    need: (lines) => 50 * Math.ceil(words / lines),
  });
  const base = {
    queueGap: 40,
    narrowGap: 16,
    line: 20,
    maxLines: 4,
  };

  it('makes a column as wide as its longest name needs and shares what is left', () => {
    const boxes = [box(0, 'customer', 6), box(1, 'customer', 1), box(1, 'support', 2, true)];
    const plan = planColumns({
      ...base,
      boxes,
      columns: 2,
      width: 400 + 40 + 16,
      height: 2 * (40 + 20),
      lanes: new Map([
        ['customer', 40],
        ['support', 40],
      ]),
    });
    expect(plan.fits).toBe(true);
    expect(plan.cut).toEqual([]);
    // 300 + 100 needed and a queue's gap, 16 spare shared evenly.
    expect(plan.columns.map((c) => c.width)).toEqual([308, 108]);
    expect(plan.columns[1]!.x).toBe(308 + 40);
    // Each box at least its need on its lane's lines, never past its column here.
    plan.boxes.forEach((placed, index) =>
      expect(placed.width).toBeGreaterThanOrEqual(
        boxes[index]!.need(plan.lines.get(boxes[index]!.lane)!),
      ),
    );
  });

  it('gives a lane lines where that saves width, within the height', () => {
    // 9 words: 450 on one line, 250 on two, 150 on three; the support lane's 2: 100, 50.
    const boxes = [box(0, 'customer', 9), box(1, 'customer', 1, true), box(1, 'support', 2, true)];
    const plan = planColumns({
      ...base,
      boxes,
      columns: 2,
      width: 150 + 40 + 100,
      height: 40 + 3 * 20 + 40 + 20 + 20,
      lanes: new Map([
        ['customer', 40],
        ['support', 40],
      ]),
    });
    expect(plan.lines.get('customer')).toBe(3);
    expect(plan.lines.get('support')).toBe(1);
    expect(plan.fits).toBe(true);
  });

  it("keeps a queue's gap before a queued step and a narrow one elsewhere", () => {
    const plan = planColumns({
      ...base,
      boxes: [box(0, 'customer', 1), box(1, 'customer', 1, true), box(2, 'support', 1)],
      columns: 3,
      width: 150 + 40 + 16,
      height: 200,
      lanes: new Map([
        ['customer', 40],
        ['support', 40],
      ]),
    });
    const [a, b, c] = plan.columns;
    expect(b!.x - (a!.x + a!.width)).toBe(40);
    expect(c!.x - (b!.x + b!.width)).toBe(16);
  });

  it("lets a long name spread over its lane's empty columns, not over another box", () => {
    const boxes = [box(0, 'customer', 6), box(0, 'support', 1), box(1, 'support', 1)];
    const plan = planColumns({
      ...base,
      boxes,
      columns: 2,
      width: 316,
      height: 2 * (40 + 20),
      lanes: new Map([
        ['customer', 40],
        ['support', 40],
      ]),
    });
    expect(claimSpans(boxes, 2)).toEqual([[0, 1], [0], [1]]);
    expect(plan.fits).toBe(true);
    expect(plan.boxes[0]!.width).toBeGreaterThanOrEqual(300);
    expect(plan.boxes[1]!.x + plan.boxes[1]!.width).toBeLessThanOrEqual(plan.boxes[2]!.x);
  });

  it('lets boxes stacked in one column spread over the empty columns after it, both of them', () => {
    // The margin example's backstage: two windows one over the other, nothing after them.
    const boxes = [box(0, 'backstage', 6), box(0, 'backstage', 6), box(2, 'backstage', 1)];
    expect(claimSpans(boxes, 3)).toEqual([[0, 1], [0, 1], [2]]);
    const plan = planColumns({
      ...base,
      boxes,
      columns: 3,
      width: 400,
      height: 2 * (40 + 20),
      lanes: new Map([['backstage', 2 * 40]]),
      rows: new Map([['backstage', 2]]),
    });
    expect(plan.cut).toEqual([]);
    expect(plan.boxes[0]!.width).toBeGreaterThanOrEqual(300);
    expect(plan.boxes[1]!.width).toBeGreaterThanOrEqual(300);
    expect(plan.boxes[0]!.x + plan.boxes[0]!.width).toBeLessThanOrEqual(plan.boxes[2]!.x);
  });

  it('counts a line of a lane of two rows twice against the height', () => {
    // 9 words, 450 on one line: a second line (250) fits one row's height, not two rows'.
    const boxes = [box(0, 'frontstage', 9), box(0, 'frontstage', 9)];
    const input = {
      ...base,
      boxes,
      columns: 1,
      width: 300,
      height: 2 * 40 + 2 * 20,
      lanes: new Map([['frontstage', 2 * 40]]),
    };
    expect(planColumns(input).lines.get('frontstage')).toBe(2);
    const rows = planColumns({ ...input, rows: new Map([['frontstage', 2]]) });
    expect(rows.lines.get('frontstage')).toBe(1);
    expect(rows.cut.length).toBeGreaterThan(0);
  });

  it('gives up the fewest names when the width cannot hold them all', () => {
    // 40 words: 500 on four lines, more than the width; given up, down to one word (50).
    const boxes = [box(0, 'customer', 40), box(1, 'customer', 2), box(2, 'customer', 2)];
    const plan = planColumns({
      ...base,
      boxes,
      columns: 3,
      width: 400,
      height: 40 + 4 * 20,
      lanes: new Map([['customer', 40]]),
    });
    expect(plan.cut).toEqual([0]);
    expect(plan.fits).toBe(true);
    expect(plan.lines.get('customer')).toBe(4);
    // What the others leave goes to the name given up.
    expect(plan.boxes[0]!.width).toBeCloseTo(400 - 2 * 16 - 2 * 50, 6);
    expect(plan.boxes[1]!.width).toBeCloseTo(50, 6);
  });
});

describe('lane heights by need', () => {
  const lanes = [
    { id: 'customer' as const, top: 0, height: 100 },
    { id: 'frontstage' as const, top: 100, height: 100 },
  ];

  it('shares the lanes by whole lines, the total kept', () => {
    const needs = new Map([
      ['customer', { fixed: 40, lines: 4 }],
      ['frontstage', { fixed: 40, lines: 1 }],
    ]);
    const heights = shareLanes(lanes, needs, 20);
    expect(heights.get('customer')! + heights.get('frontstage')!).toBeCloseTo(200, 9);
    expect(heights.get('customer')! - 40).toBeGreaterThanOrEqual(4 * 20);
    expect(heights.get('frontstage')! - 40).toBeGreaterThanOrEqual(20);
  });

  it('takes a line from the lane that asks most when the total cannot hold them all', () => {
    const needs = new Map([
      ['customer', { fixed: 40, lines: 5 }],
      ['frontstage', { fixed: 40, lines: 2 }],
    ]);
    const heights = shareLanes(lanes, needs, 20);
    expect(heights.get('customer')).toBe(40 + 4 * 20);
    expect(heights.get('frontstage')).toBe(40 + 2 * 20);
  });

  it('moves every box with its lane', () => {
    const layout = layoutBlueprint(
      makeBlueprint([
        { id: 'a', lane: 'customer', position: { x: 40, y: 24 } },
        { id: 'b', lane: 'support', position: { x: 40, y: 24 } },
      ]),
    );
    const heights = new Map(layout.lanes.map((lane) => [lane.id as string, lane.height]));
    heights.set('customer', heights.get('customer')! * 2);
    const resized = resizeLanes(layout, heights);
    const lane = (id: string) => resized.lanes.find((l) => l.id === id)!;
    for (const id of ['a', 'b']) {
      const node = resized.nodes.find((n) => n.data.step.id === id)!;
      const band = lane(node.data.step.lane);
      expect(node.position.y).toBeGreaterThanOrEqual(band.top);
      expect(node.position.y + node.height!).toBeLessThanOrEqual(band.top + band.height);
    }
    expect(lane('customer').height).toBe(heights.get('customer'));
  });
});

import { describe, expect, it } from 'vitest';
import { captionKeepOut, captionPoint, flowPoints } from '../../../src/app/diagram/flowPath.ts';
import { planPrint } from '../../../src/app/diagram/printPages.ts';
import { textWidth, wrapText } from '../../../src/app/diagram/svgText.ts';
import { fileNameFor, fileStem, slugify } from '../../../src/app/files/fileNames.ts';
import { makeBlueprint } from '../blueprints.ts';

describe('file names from the blueprint’s name', () => {
  it('slugifies English names and keeps Chinese ones', () => {
    expect(slugify('Counter deposit')).toBe('counter-deposit');
    expect(slugify('  Loan: apply / approve (v2)!  ')).toBe('loan-apply-approve-v2');
    expect(slugify('柜台存款')).toBe('柜台存款');
    expect(slugify('融资融券 开户（A 类）')).toBe('融资融券-开户-a-类');
    expect(slugify('ＡＢＣ１２３')).toBe('abc123');
    expect(slugify('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
  });

  it('names the file in the UI’s language, falling back to the id', () => {
    const blueprint = makeBlueprint([], [], {
      id: 'deposit-v2',
      name: { en: 'Counter deposit', 'zh-CN': '柜台存款' },
    });
    expect(fileNameFor(blueprint, 'svg', 'en')).toBe('counter-deposit.svg');
    expect(fileNameFor(blueprint, 'svg', 'zh-CN')).toBe('柜台存款.svg');
    expect(fileStem({ ...blueprint, name: '!!!' }, 'en')).toBe('deposit-v2');
  });
});

describe('wrapping text without a DOM', () => {
  it('breaks English between words and Chinese between characters, within the width', () => {
    const english = wrapText('Called: hand over passbook, slip and cash', 160, 13, 4, true);
    expect(english.length).toBeGreaterThan(1);
    expect(english.join(' ')).toBe('Called: hand over passbook, slip and cash');
    for (const line of english) expect(textWidth(line, 13, true)).toBeLessThanOrEqual(160);
    const chinese = wrapText('叫号后递交存折、凭条和现金', 100, 13, 4);
    expect(chinese.join('')).toBe('叫号后递交存折、凭条和现金');
    expect(chinese.length).toBeGreaterThan(1);
  });

  it('ends a text too long for its lines with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('wrapping text in no room', () => {
  // A phase header squeezed to a sliver while the canvas was dragged asked for lines of
  // a negative width, and the canvas crashed (shell.spec, the W tooltip by the rail).
  it.each([0, -12])('gives a character a line at width %i, never throwing', (width) => {
    expect(wrapText('Wait', width, 15, 2, true)).toEqual(['W', '…']);
    expect(wrapText('等 待', width, 15, 2, true).join('')).not.toContain('undefined');
    expect(wrapText('A', width, 15, 2, true)).toEqual(['A']);
  });
});

describe('flow lines', () => {
  const box = (x: number, y: number) => ({ x, y, width: 200, height: 92 });

  it('run from the middle of one side to the middle of the facing side, at right angles', () => {
    const points = flowPoints(box(0, 0), 'right', box(400, 200), 'left');
    expect(points[0]).toEqual({ x: 200, y: 46 });
    expect(points[points.length - 1]).toEqual({ x: 400, y: 246 });
    for (let index = 1; index < points.length; index += 1) {
      const [a, b] = [points[index - 1]!, points[index]!];
      expect(a.x === b.x || a.y === b.y).toBe(true);
    }
  });

  it('go round when the target is behind the source', () => {
    const points = flowPoints(box(300, 0), 'right', box(320, 300), 'left');
    expect(points.length).toBeGreaterThan(4);
    expect(points[1]!.x).toBeGreaterThan(500);
  });
});

describe('printing', () => {
  it('keeps a small blueprint on one page', () => {
    const plan = planPrint({ width: 1000, height: 700, railRight: 240 }, 'A4');
    expect(plan.pages).toEqual([{ x: 0, width: 1000 }]);
    expect(1000 * plan.scale).toBeLessThanOrEqual(277 + 1e-9);
  });

  it('cuts a wide one into pages that cover it without gaps, each as tall as the page', () => {
    const drawing = { width: 4662, height: 1316, railRight: 242 };
    for (const paper of ['A4', 'A3'] as const) {
      const plan = planPrint(drawing, paper);
      expect(plan.pages.length).toBeGreaterThan(1);
      let x = drawing.railRight;
      for (const page of plan.pages) {
        expect(page.x).toBeCloseTo(x);
        expect((drawing.railRight + page.width) * plan.scale).toBeLessThanOrEqual(
          (paper === 'A4' ? 277 : 400) + 1e-6,
        );
        x += page.width;
      }
      expect(x).toBeCloseTo(drawing.width);
    }
    expect(planPrint(drawing, 'A3').pages.length).toBeLessThanOrEqual(
      planPrint(drawing, 'A4').pages.length,
    );
  });
});

describe('flow captions', () => {
  // Down 300 units, then right 100: the caption goes to the long stretch first.
  const points = [
    { x: 0, y: 0 },
    { x: 0, y: 300 },
    { x: 100, y: 300 },
  ];
  const size = { width: 80, height: 20 };

  it('sit on a stretch of the line where they cover no step', () => {
    expect(captionPoint(points, size)).toEqual({ x: 0, y: 150 });
    const box = { x: -50, y: 100, width: 200, height: 92 };
    expect(captionPoint(points, size, [box])).toEqual({ x: 50, y: 300 });
  });

  it('keep out of the heat strip that hangs below a step after a run', () => {
    // The long stretch's middle (y 150) is 12 units under the box: clear of the box alone,
    // under the strip that hangs 15 below it.
    const box = { x: -50, y: 46, width: 200, height: 92 };
    expect(captionPoint(points, size, [box])).toEqual({ x: 0, y: 150 });
    expect(captionPoint(points, size, [captionKeepOut(box)])).toEqual({ x: 50, y: 300 });
  });

  it('slide along a line across a narrow gap, off the heat strip above it', () => {
    // The deposit example's large-cash branch: up from one lane's step to the step above.
    const points = [
      { x: 860, y: 273 },
      { x: 860, y: 244.5 },
    ];
    const above = captionKeepOut({ x: 760, y: 152, width: 200, height: 92 });
    const below = captionKeepOut({ x: 760, y: 280, width: 200, height: 92 });
    const at = captionPoint(points, { width: 90, height: 22 }, [above, below]);
    // Its middle (258.75) would put half the caption under the strip; it goes down the gap.
    expect(at.y - 11).toBeGreaterThanOrEqual(above.y + above.height - 2);
    expect(at.y + 11).toBeLessThanOrEqual(below.y + 2);
  });
});

/**
 * A phase header at the pane's right edge whose column shows only a sliver reaches left
 * over the empty end of the header before it, so its name reads whole (phaseHeaderRoom.ts).
 */
import { describe, expect, it } from 'vitest';
import { nameFits, oneLineWidth, peekStart } from '../../src/app/canvas/phaseHeaderRoom.ts';

describe('phase header at the pane edge', () => {
  const before = { name: 'Wait and be served', start: 200, span: 400 };

  it('reaches left for a sliver cut by the edge, its name on one line', () => {
    const sliver = { name: '等待与办理', start: 565, span: 35 };
    expect(nameFits(sliver.name, sliver.span)).toBe(false);
    const start = peekStart(sliver, before, true)!;
    expect(start).toBeLessThan(sliver.start);
    expect(sliver.start + sliver.span - start).toBeCloseTo(oneLineWidth(sliver.name));
    // Clear of the name before it.
    expect(start).toBeGreaterThan(before.start + oneLineWidth(before.name));
  });

  it('stays in its column when the name fits, the column is whole, or no room is free', () => {
    expect(peekStart({ name: 'Leave', start: 500, span: 120 }, before, true)).toBeUndefined();
    expect(peekStart({ name: 'Leave', start: 585, span: 15 }, before, false)).toBeUndefined();
    const crowded = { name: 'Wait and be served at the counter', start: 400, span: 180 };
    expect(peekStart({ name: 'Leave', start: 580, span: 15 }, crowded, true)).toBeUndefined();
  });

  it('reads a name on two lines as whole, a word wider than the column as cut', () => {
    expect(nameFits('Wait and be served', 110)).toBe(true);
    expect(nameFits('Wait and be served', 60)).toBe(false);
    expect(nameFits('Identification', 60)).toBe(false);
  });
});

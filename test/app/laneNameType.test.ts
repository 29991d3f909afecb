import { describe, expect, it } from 'vitest';
import { laneNameType, nameLines } from '../../src/app/canvas/laneNameType.ts';
import { roomForLabel } from '../../src/app/canvas/LineLabels.tsx';

const english = [
  'Physical evidence',
  'Customer actions',
  'Frontstage',
  'Backstage',
  'Support processes',
];
const chinese = ['有形展示', '客户行为', '前台', '后台', '支持过程'];

describe('the lane rail’s type', () => {
  it('is one size for every lane, chosen by the thinnest on screen', () => {
    expect(laneNameType(64, english).size).toBe(16);
    expect(laneNameType(48, english).size).toBe(16);
    expect(laneNameType(45, english).size).toBe(12);
    expect(laneNameType(45, chinese).size).toBe(12);
  });

  it('keeps the standard lanes’ names on one line in thin lanes, a long one on two', () => {
    // The deposit beside the inspector at 1440×900: lanes of 45 px.
    const thin = laneNameType(45, english);
    expect(thin.maxLines).toBe(1);
    expect(english.map((name) => nameLines(name, thin))).toEqual([1, 1, 1, 1, 1]);
    const named = [...english, 'Branch operations centre and cash logistics'];
    expect(laneNameType(45, named).maxLines).toBe(2);
    expect(laneNameType(28, named).maxLines).toBe(1);
  });

  it('leaves room in a 45 px lane for a line’s one-line name beside a lane’s name', () => {
    const thin = laneNameType(45, english);
    expect(roomForLabel('Line of interaction', 'Customer actions', thin)).toBeLessThanOrEqual(45);
    // The large type's two lines would not leave it.
    const large = laneNameType(48, english);
    expect(roomForLabel('Line of interaction', 'Customer actions', large)).toBeGreaterThan(45);
  });
});

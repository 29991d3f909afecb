import { describe, expect, it } from 'vitest';
import { nameLines } from '../../src/app/canvas/laneNameType.ts';
import { labelHeight, laneNeeds, railType, type RailLane } from '../../src/app/canvas/railRoom.ts';

const english = [
  'Physical evidence',
  'Customer actions',
  'Frontstage',
  'Backstage',
  'Support processes',
];
const chinese = ['有形展示', '客户行为', '前台', '后台', '支持过程'];
const lineNames = {
  en: ['Line of interaction', 'Line of visibility', 'Line of internal interaction'],
  zh: ['互动分界线', '可视分界线', '内部互动分界线'],
};

/** The five standard lanes, each `height` px on screen, with the three lines between them. */
function rail(names: readonly string[], lines: readonly string[], height: number): RailLane[] {
  return names.map((name, index) => ({
    name,
    height,
    above: index >= 2 ? lines[index - 2] : undefined,
    below: index >= 1 && index <= 3 ? lines[index - 1] : undefined,
  }));
}

describe('the lane rail’s type', () => {
  it('is one size for every lane, the largest that leaves room for the lines’ names', () => {
    expect(railType(rail(english, lineNames.en, 64)).size).toBe(16);
    // The deposit's whole view at 1920×1080: 16 px on two lines leaves no room for the
    // internal interaction's name beside "Support processes"; 14 px does.
    expect(railType(rail(english, lineNames.en, 53)).size).toBe(14);
    expect(railType(rail(chinese, lineNames.zh, 53)).size).toBe(16);
    // Beside the inspector at 1440×900: lanes of 45 px, where the short Chinese names keep 16 px.
    expect(railType(rail(english, lineNames.en, 45)).size).toBe(12);
    expect(railType(rail(chinese, lineNames.zh, 45)).size).toBe(16);
  });

  it('keeps the standard lanes’ names on one line in thin lanes, a long one on two', () => {
    const thin = railType(rail(english, lineNames.en, 45));
    expect(thin.maxLines).toBe(1);
    expect(english.map((name) => nameLines(name, thin))).toEqual([1, 1, 1, 1, 1]);
    const named = [...english.slice(0, 4), 'Branch operations centre and cash logistics'];
    expect(railType(rail(named, lineNames.en, 45)).maxLines).toBe(2);
    expect(railType(rail(named, lineNames.en, 28)).maxLines).toBe(1);
  });

  it('holds every lane’s name and its lines’ names in 45 px lanes, in both languages', () => {
    for (const [names, lines] of [
      [english, lineNames.en],
      [chinese, lineNames.zh],
    ] as const) {
      const lanes = rail(names, lines, 45);
      const type = railType(lanes);
      for (const lane of lanes) expect(laneNeeds(lane, type)).toBeLessThanOrEqual(45);
    }
    // The internal interaction's English name takes two lines; the others one.
    expect(labelHeight('Line of internal interaction')).toBeGreaterThan(
      1.5 * labelHeight('Line of interaction'),
    );
    expect(labelHeight('内部互动分界线')).toBe(labelHeight('Line of interaction'));
  });
});

import { describe, expect, it } from 'vitest';
import { textIn } from '../../src/model/index.ts';
import { STEP_NAME_SIZE } from '../../src/app/diagram/geometry.ts';
import {
  MIN_NAME_ON_SCREEN,
  READABLE_ZOOM,
  NAMES_HIDDEN_BELOW,
  isOverview,
  markScale,
  nameFitsAt,
  nameLines,
  namesHidden,
  overviewFloor,
  stepNameSize,
} from '../../src/app/diagram/overview.ts';
import { fitWhole, readableStart } from '../../src/app/canvas/viewport.ts';
import { layoutDiagram } from '../../src/app/diagram/layout.ts';
import { loadedExamples } from './blueprints.ts';

const deposit = new Map(loadedExamples()).get('counter-deposit.json')!;
const namesIn = (language: string) =>
  deposit.steps.map((step) => ({ kind: step.kind, label: textIn(step.label, language) }));

describe('overview zoom', () => {
  it('draws detailed boxes from the readable zoom up, the overview below it', () => {
    expect(isOverview(READABLE_ZOOM)).toBe(false);
    expect(isOverview(1)).toBe(false);
    expect(isOverview(READABLE_ZOOM - 0.01)).toBe(true);
    expect(stepNameSize(1)).toBe(STEP_NAME_SIZE);
    expect(stepNameSize(READABLE_ZOOM)).toBe(STEP_NAME_SIZE);
  });

  it('grows the name as the zoom falls so it stays at least 11 px on screen, in half units', () => {
    for (const zoom of [0.7, 0.6, 0.5, 0.45, 0.4, 0.35]) {
      const size = stepNameSize(zoom);
      expect(size * zoom).toBeGreaterThanOrEqual(MIN_NAME_ON_SCREEN);
      expect((size - 0.5) * zoom).toBeLessThan(MIN_NAME_ON_SCREEN);
      expect(Number.isInteger(size * 2)).toBe(true);
    }
    // The change at the threshold is no jump: 15 units either side of it.
    expect(stepNameSize(READABLE_ZOOM - 0.001)).toBeLessThanOrEqual(STEP_NAME_SIZE + 0.5);
  });

  it('stops growing where two lines fill the box: far out the name is no longer 11 px', () => {
    const largest = stepNameSize(0.1);
    expect(nameLines(largest)).toBe(2);
    expect(stepNameSize(0.2)).toBe(largest);
    expect(largest * 0.2).toBeLessThan(MIN_NAME_ON_SCREEN);
  });

  it('hides the names exactly where even the largest is under 11 px on screen', () => {
    // 11 / 36: about 0.31; at 0.17 a name would be 6 px.
    expect(NAMES_HIDDEN_BELOW).toBeCloseTo(0.3056, 3);
    for (let zoom = 0.1; zoom < READABLE_ZOOM; zoom += 0.005) {
      const onScreen = stepNameSize(zoom) * zoom;
      expect(namesHidden(zoom), `zoom ${zoom}`).toBe(onScreen < MIN_NAME_ON_SCREEN - 1e-9);
    }
    expect(namesHidden(READABLE_ZOOM)).toBe(false);
    // Every name that fits somewhere fits above the hidden range: the first view and
    // "Show the whole blueprint" never land where names are hidden.
    for (const language of ['en', 'zh-CN'])
      expect(overviewFloor(namesIn(language))).toBeGreaterThanOrEqual(NAMES_HIDDEN_BELOW);
    expect(overviewFloor([{ kind: 'note', label: '取号' }])).toBeGreaterThanOrEqual(
      NAMES_HIDDEN_BELOW,
    );
  });

  it('wraps to fewer lines as the font grows', () => {
    expect(nameLines(15)).toBe(4);
    expect(nameLines(22)).toBe(3);
    expect(nameLines(30)).toBe(2);
  });

  it('enlarges the F/W marks as the zoom falls, within the room over the step', () => {
    expect(markScale(1)).toBe(1);
    expect(markScale(READABLE_ZOOM)).toBe(1);
    expect(markScale(0.5)).toBeGreaterThan(1.3);
    expect(markScale(0.5)).toBeLessThanOrEqual(1.6);
    expect(markScale(0.1)).toBe(1.6);
  });

  it('reads a short name whole far out, a long one only nearer', () => {
    const short = { kind: 'action' as const, label: 'Enter PIN' };
    const long = {
      kind: 'action' as const,
      label: 'Cash vault and cash-in-transit settle the tills at day end',
    };
    expect(nameFitsAt(short, 0.4)).toBe(true);
    expect(nameFitsAt(long, 0.4)).toBe(false);
    expect(overviewFloor([short])).toBeLessThan(overviewFloor([long]));
    expect(overviewFloor([short, long])).toBe(overviewFloor([long]));
    // A word wider than the box is never read whole, however near: the detailed zoom.
    expect(overviewFloor([{ kind: 'action', label: 'x'.repeat(60) }])).toBe(READABLE_ZOOM);
    expect(overviewFloor([])).toBeLessThan(READABLE_ZOOM);
  });

  it('finds the lowest zoom at which every name fits, not a lower one', () => {
    for (const language of ['en', 'zh-CN']) {
      const names = namesIn(language);
      const floor = overviewFloor(names);
      expect(floor).toBeLessThanOrEqual(READABLE_ZOOM);
      for (const name of names) expect(nameFitsAt(name, floor), name.label).toBe(true);
      expect(names.some((name) => !nameFitsAt(name, floor - 0.01))).toBe(true);
    }
    // Chinese names are short: the deposit reads whole down to about half size.
    expect(overviewFloor(namesIn('zh-CN'))).toBeLessThanOrEqual(0.5);
    expect(overviewFloor(namesIn('en'))).toBeLessThan(READABLE_ZOOM);
  });

  it('opens the deposit whole where its overview is readable, else from the left at its floor', () => {
    const { bounds } = layoutDiagram(deposit);
    const floor = overviewFloor(namesIn('zh-CN'));
    // 1920×1080 with both panels folded: the whole blueprint, in the overview.
    const wide = readableStart(bounds, { width: 1764, height: 867 }, floor);
    expect(wide).toEqual(fitWhole(bounds, { width: 1764, height: 867 }));
    expect(wide.zoom).toBeLessThan(READABLE_ZOOM);
    expect(wide.zoom).toBeGreaterThanOrEqual(floor);
    // 1440×900 beside both panels: too narrow even for the overview; as much as reads.
    const narrow = readableStart(bounds, { width: 624, height: 687 }, floor);
    expect(narrow.zoom).toBe(floor);
    expect(narrow.x).toBeCloseTo(-bounds.x * floor, 9);
  });
});

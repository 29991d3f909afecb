import { describe, expect, it } from 'vitest';
import { keepInView, roomForWhole } from '../../src/app/canvas/panelRoom.ts';
import { fitWhole } from '../../src/app/canvas/viewport.ts';
import { textIn } from '../../src/model/index.ts';
import { overviewFloor } from '../../src/app/diagram/overview.ts';
import { layoutDiagram } from '../../src/app/diagram/layout.ts';
import { loadedExamples } from './blueprints.ts';

const deposit = new Map(loadedExamples()).get('counter-deposit.json')!;
const { bounds } = layoutDiagram(deposit);
const floorIn = (language: 'en' | 'zh-CN') =>
  overviewFloor(
    deposit.steps.map((step) => ({ kind: step.kind, label: textIn(step.label, language) })),
  );
/** What folding gives the pane: the sidebar whole, the inspector less its rail (base.css). */
const BOTH_OPEN = { sidebar: 320, inspector: 340 - 44 };

describe('room for a wide blueprint', () => {
  it('folds only the sidebar for the deposit beside both panels at 1440×900', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const floor = floorIn(language);
      // The pane measured beside both panels: 624 × 687.
      const pane = { width: 624, height: 687 };
      expect(fitWhole(bounds, pane).zoom).toBeLessThan(floor);
      const roomed = roomForWhole(bounds, pane, floor, BOTH_OPEN);
      expect(roomed.fold).toEqual({ sidebar: true, inspector: false });
      expect(roomed.pane).toEqual({ width: 944, height: 687 });
      expect(roomed.whole).toBe(true);
      expect(roomed.view).toEqual(fitWhole(bounds, roomed.pane));
      expect(roomed.view.zoom).toBeGreaterThanOrEqual(floor);
    }
  });

  it('folds nothing where the whole already reads (1920×1080 beside both panels)', () => {
    const roomed = roomForWhole(bounds, { width: 1104, height: 867 }, floorIn('en'), BOTH_OPEN);
    expect(roomed.fold).toEqual({ sidebar: false, inspector: false });
    expect(roomed.whole).toBe(true);
  });

  it('folds the inspector too when the sidebar alone is not enough', () => {
    const wide = { x: 0, y: 0, width: 3000, height: 600 };
    const floor = 0.35;
    const pane = { width: 624, height: 687 };
    // Sidebar folded: (944 - 48 - 24) / 3000 = 0.29; both: (1240 - 72) / 3000 = 0.39.
    const roomed = roomForWhole(wide, pane, floor, BOTH_OPEN);
    expect(roomed.fold).toEqual({ sidebar: true, inspector: true });
    expect(roomed.view.zoom).toBeGreaterThanOrEqual(floor);
    // With the sidebar already folded by the user only the inspector is left to fold.
    const alone = roomForWhole(wide, { width: 944, height: 687 }, floor, {
      sidebar: 0,
      inspector: BOTH_OPEN.inspector,
    });
    expect(alone.fold).toEqual({ sidebar: false, inspector: true });
    expect(alone.pane.width).toBe(1240);
  });

  it('folds both when even both folded leave it too wide: the most of it at the floor', () => {
    const long = { x: -24, y: 0, width: 6000, height: 600 };
    const floor = 0.4;
    const roomed = roomForWhole(long, { width: 624, height: 687 }, floor, BOTH_OPEN);
    expect(roomed.fold).toEqual({ sidebar: true, inspector: true });
    expect(roomed.pane.width).toBe(1240);
    expect(roomed.whole).toBe(false);
    expect(roomed.tooWide).toBe(true);
    expect(roomed.view.zoom).toBe(floor);
    expect(roomed.view.x).toBeCloseTo(24 * floor, 9);
  });

  it('folds only the sidebar when that gives a tall blueprint its width at the floor', () => {
    // 2000 units at 0.4: 800 px, wider than 624 - 72, narrower than 944 - 72.
    const tallAndWide = { x: 0, y: 0, width: 2000, height: 2000 };
    const roomed = roomForWhole(tallAndWide, { width: 624, height: 687 }, 0.4, BOTH_OPEN);
    expect(roomed.fold).toEqual({ sidebar: true, inspector: false });
    expect(roomed.whole).toBe(false);
    expect(roomed.tooWide).toBe(false);
  });

  it('does not fold for a blueprint too tall at its floor: more width would not help', () => {
    const tall = { x: 0, y: 0, width: 1200, height: 2000 };
    const roomed = roomForWhole(tall, { width: 624, height: 687 }, 0.4, BOTH_OPEN);
    expect(roomed.fold).toEqual({ sidebar: false, inspector: false });
    expect(roomed.whole).toBe(false);
    expect(roomed.tooWide).toBe(false);
  });
});

describe('keeping the selection in view', () => {
  const view = { x: 0, y: 0, zoom: 0.5 };
  const pane = { width: 944, height: 600 };

  it('pans a step cut off at the right edge back in, at the same zoom', () => {
    // 2000..2200 canvas units: 1000..1100 px, past a 944 px pane.
    const moved = keepInView(view, { x: 2000, y: 100, width: 200, height: 92 }, pane);
    expect(moved.zoom).toBe(0.5);
    expect(moved.y).toBe(0);
    expect(moved.x + 2200 * 0.5).toBe(944 - 24);
  });

  it('leaves a step already in view where it is', () => {
    expect(keepInView(view, { x: 400, y: 100, width: 200, height: 92 }, pane)).toEqual(view);
  });

  it('keeps the left end of a selection wider than the pane', () => {
    const moved = keepInView(view, { x: 1000, y: 0, width: 4000, height: 92 }, pane);
    expect(moved.x + 1000 * 0.5).toBe(24);
  });
});

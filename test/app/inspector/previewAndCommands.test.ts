/** The duration picture's points, and the pool, class and arrival edits of the blueprint panel. */
import { describe, expect, it } from 'vitest';
import { switchArrivals } from '../../../src/app/inspector/arrivalsForm.ts';
import { removeClass } from '../../../src/app/inspector/classCommands.ts';
import { logGamma, previewShape } from '../../../src/app/inspector/distributionPreview.ts';
import { nextPeriod } from '../../../src/app/inspector/periods.ts';
import { addPool, removePool, renamePool } from '../../../src/app/inspector/poolCommands.ts';
import { switchRunMode } from '../../../src/app/inspector/runForm.ts';
import { DISTRIBUTION_TYPES } from '../../../src/model/index.ts';
import { switchType } from '../../../src/app/inspector/distributionForm.ts';
import { makeBlueprint } from '../blueprints.ts';

/** The x of the highest point of a curve. */
const peakOf = (curve: { x: number; y: number }[]) =>
  curve.reduce((best, p) => (p.y > best.y ? p : best)).x;

describe('duration preview', () => {
  it('draws every type with finite points scaled to at most 1', () => {
    for (const type of DISTRIBUTION_TYPES) {
      const shape = previewShape(switchType(2, type));
      expect(shape.xMax).toBeGreaterThan(0);
      expect(shape.curve.length + shape.spikes.length).toBeGreaterThan(0);
      for (const p of shape.curve) {
        expect(Number.isFinite(p.y)).toBe(true);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(1);
      }
    }
  });

  it('peaks where the distribution does', () => {
    const triangular = previewShape({ type: 'triangular', min: 1, mode: 3, max: 6 }, 400);
    expect(peakOf(triangular.curve)).toBeCloseTo(3, 1);
    // Gamma with cv 0.5 is Erlang-4: mode = (k − 1)·θ = 3 · 0.5 = 1.5 for mean 2.
    expect(peakOf(previewShape({ type: 'gamma', mean: 2, cv: 0.5 }, 400).curve)).toBeCloseTo(
      1.5,
      1,
    );
    // Exponential: highest at the first point, falling after.
    const exponential = previewShape({ type: 'exponential', mean: 2 }).curve;
    expect(exponential[0]!.y).toBe(1);
    expect(exponential.at(-1)!.y).toBeLessThan(0.05);
  });

  it('shows fixed and empirical values as weighted spikes', () => {
    expect(previewShape({ type: 'fixed', value: 2 }).spikes).toEqual([{ x: 2, height: 1 }]);
    expect(
      previewShape({ type: 'empirical', values: [1, 2, 2], weights: [1, 1, 2] }).spikes,
    ).toEqual([
      { x: 1, height: 1 / 3 },
      { x: 2, height: 1 },
    ]);
  });

  it('computes ln Γ accurately', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
  });
});

describe('blueprint panel edits', () => {
  const blueprint = () =>
    makeBlueprint(
      [
        { id: 'a', lane: 'customer', resource: { pool: 'tellers' } },
        { id: 'b', lane: 'frontstage' },
      ],
      [{ from: 'a', to: 'b', classes: ['vip'], classProbability: { vip: 0.2 } }],
      {
        resources: [{ id: 'tellers', kind: 'staff', label: 'Tellers', capacity: 2 }],
        classes: [
          { id: 'vip', label: 'VIP' },
          { id: 'retail', label: 'Retail' },
        ],
      },
    );

  it('renames and removes pools with the steps that need them', () => {
    const draft = blueprint();
    expect(renamePool(draft, 'tellers', 'counter')).toBe(true);
    expect(draft.steps[0]!.resource).toEqual({ pool: 'counter' });
    expect(addPool(draft, { en: 'New pool', 'zh-CN': '新资源' })).toBe('pool');
    expect(renamePool(draft, 'pool', 'counter')).toBe(false);
    removePool(draft, 'counter');
    expect(draft.steps[0]!.resource).toBeUndefined();
    expect(draft.resources!.map((pool) => pool.id)).toEqual(['pool']);
  });

  it('removes a class from the flows that name it', () => {
    const draft = blueprint();
    removeClass(draft, 'vip');
    expect(draft.flows[0]).toEqual({ id: 'a--b', from: 'a', to: 'b' });
    expect(draft.classes!.map((c) => c.id)).toEqual(['retail']);
  });

  it('switches arrival and run types keeping what carries over', () => {
    const draft = blueprint();
    draft.arrivals = { type: 'poisson', entry: 'a', perHour: 40 };
    expect(switchArrivals(draft, 'profile', draft.arrivals)).toEqual({
      type: 'profile',
      entry: 'a',
      periods: [{ from: '09:00', to: '17:00', perHour: 40 }],
    });
    expect(switchArrivals(draft, 'appointments', draft.arrivals)).toMatchObject({
      slots: [{ at: '09:00' }],
    });
    expect(
      switchRunMode({ mode: 'day', open: '08:00', close: '16:00', seed: 3 }, 'steady'),
    ).toEqual({ mode: 'steady', horizon: 480, seed: 3 });
    expect(nextPeriod([{ from: '09:00', to: '12:00', value: 3 }])).toEqual({
      from: '12:00',
      to: '17:00',
      value: 3,
    });
  });
});

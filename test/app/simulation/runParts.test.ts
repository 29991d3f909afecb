/** Splitting replications over workers, the heat scale and whether a blueprint can run. */
import { describe, expect, it } from 'vitest';
import { heatColour } from '../../../src/app/simulation/heat.ts';
import { splitReplications, workerCount } from '../../../src/app/simulation/runClient.ts';
import { runnable } from '../../../src/app/simulation/runnable.ts';
import type { Blueprint, Finding } from '../../../src/model/index.ts';

describe('splitting replications', () => {
  it('covers every replication once, in order, as evenly as whole numbers allow', () => {
    for (let total = 1; total <= 40; total++)
      for (let parts = 1; parts <= Math.min(8, total); parts++) {
        const split = splitReplications(total, parts);
        expect(split.reduce((sum, part) => sum + part.count, 0)).toBe(total);
        split.forEach((part, i) => {
          expect(part.first).toBe(i === 0 ? 0 : split[i - 1]!.first + split[i - 1]!.count);
          expect(part.count).toBeGreaterThanOrEqual(Math.floor(total / parts));
          expect(part.count).toBeLessThanOrEqual(Math.ceil(total / parts));
        });
      }
  });

  it('uses the cores, never more workers than replications or than 8', () => {
    expect(workerCount(10, 2)).toBe(2);
    expect(workerCount(1, 16)).toBe(1);
    expect(workerCount(100, 32)).toBe(8);
    expect(workerCount(5, 0)).toBe(2); // unknown core count
  });
});

describe('the heat scale', () => {
  it('darkens with heat and keeps text readable', () => {
    const shades = [0, 0.25, 0.5, 0.75, 1].map(heatColour);
    expect(shades[0]!.text).toBe('#1f1300');
    expect(shades[4]!.text).toBe('#ffffff');
    const lightness = shades.map((shade) =>
      shade.background
        .match(/\d+/g)!
        .map(Number)
        .reduce((a, b) => a + b, 0),
    );
    for (let i = 1; i < lightness.length; i++)
      expect(lightness[i]!).toBeLessThan(lightness[i - 1]!);
    expect(heatColour(Number.POSITIVE_INFINITY)).toEqual(heatColour(1));
    expect(heatColour(-3)).toEqual(heatColour(0));
  });
});

describe('whether a blueprint can run', () => {
  const drawing = { steps: [], flows: [] } as unknown as Blueprint;
  const error: Finding = {
    severity: 'error',
    level: 'semantic',
    code: 'x',
    path: '$',
    message: 'bad',
  };
  it('needs a blueprint, no errors and some arrivals', () => {
    expect(runnable(null, [])).toEqual({ ok: false, reason: 'nothing-open' });
    expect(runnable(drawing, [error, error])).toEqual({ ok: false, reason: 'errors', count: 2 });
    expect(runnable(drawing, [])).toEqual({ ok: false, reason: 'no-arrivals' });
    const withClassArrivals = {
      ...drawing,
      classes: [{ id: 'vip', arrivals: { type: 'poisson', perHour: 3 } }],
    } as unknown as Blueprint;
    expect(runnable(withClassArrivals, [])).toEqual({ ok: true });
  });
});

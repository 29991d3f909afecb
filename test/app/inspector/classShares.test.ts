/**
 * Adding or removing a class keeps a blueprint with shared arrivals runnable: the shares
 * stay complete and add up to 100 %, so the checks find no share error.
 */
import { describe, expect, it } from 'vitest';
import { addClass, removeClass } from '../../../src/app/inspector/classCommands.ts';
import type { Blueprint } from '../../../src/model/index.ts';
import { checkSemantics } from '../../../src/model/semantic/index.ts';
import { makeBlueprint } from '../blueprints.ts';

const label = { en: 'New class', 'zh-CN': '新客户类别' };

const withSharedArrivals = (classes: Blueprint['classes'] = undefined): Blueprint =>
  makeBlueprint([{ id: 'a', lane: 'customer' }], [], {
    arrivals: { type: 'poisson', entry: 'a', perHour: 20 },
    ...(classes ? { classes } : {}),
  });

const shareCodes = (blueprint: Blueprint) =>
  checkSemantics(blueprint)
    .map((finding) => finding.code)
    .filter((code) => code.startsWith('share'));

const shares = (blueprint: Blueprint) => (blueprint.classes ?? []).map((c) => c.share);

describe('addClass with shared arrivals', () => {
  it('gives the first class all the shared arrivals', () => {
    const draft = withSharedArrivals();
    expect(addClass(draft, label).share).toEqual({ share: 1, scaled: 0 });
    expect(shares(draft)).toEqual([1]);
    expect(shareCodes(draft)).toEqual([]);
  });

  it('gives each new class an equal part, the others scaled down in proportion', () => {
    const draft = withSharedArrivals([
      { id: 'retail', label: 'Retail', share: 0.8 },
      { id: 'vip', label: 'VIP', share: 0.2 },
    ]);
    const { share } = addClass(draft, label);
    expect(share!.scaled).toBe(2);
    expect(share!.share).toBeCloseTo(1 / 3, 3);
    const [retail, vip, added] = shares(draft) as number[];
    expect(retail! / vip!).toBeCloseTo(4, 2);
    expect(retail! + vip! + added!).toBeCloseTo(1, 9);
    expect(shareCodes(draft)).toEqual([]);
    // Shown in percent to 0.01 %: no 33.3333333 in the inspector.
    for (const value of [retail, vip, added])
      expect(value! * 1e4).toBeCloseTo(Math.round(value! * 1e4), 6);
  });

  it('splits equally among classes that had no share yet (the blueprint could not run)', () => {
    const draft = withSharedArrivals([{ id: 'retail', label: 'Retail' }]);
    expect(shareCodes(draft)).toContain('shares-missing');
    addClass(draft, label);
    expect(shares(draft)).toEqual([0.5, 0.5]);
    expect(shareCodes(draft)).toEqual([]);
  });

  it('leaves a class with its own arrivals alone', () => {
    const draft = withSharedArrivals([
      { id: 'vip', label: 'VIP', arrivals: { type: 'poisson', entry: 'a', perHour: 2 } },
    ]);
    addClass(draft, label);
    expect(shares(draft)).toEqual([undefined, 1]);
    expect(shareCodes(draft)).toEqual([]);
  });

  it('gives no share without shared arrivals', () => {
    const draft = makeBlueprint([{ id: 'a', lane: 'customer' }], []);
    expect(addClass(draft, label).share).toBeUndefined();
    expect(shares(draft)).toEqual([undefined]);
  });
});

describe('removeClass with shared arrivals', () => {
  it("shares the removed class's part out to the others in proportion", () => {
    const draft = withSharedArrivals([
      { id: 'a1', label: 'A', share: 0.5 },
      { id: 'b1', label: 'B', share: 0.3 },
      { id: 'c1', label: 'C', share: 0.2 },
    ]);
    removeClass(draft, 'a1');
    expect(shares(draft)).toEqual([0.6, 0.4]);
    expect(shareCodes(draft)).toEqual([]);
  });
});

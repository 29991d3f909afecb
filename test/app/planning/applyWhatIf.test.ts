/** What-if variants: valid blueprints, the original untouched, the numbers right. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyWhatIf,
  describeWhatIf,
  hasAppointments,
} from '../../../src/app/whatif/applyWhatIf.ts';
import { type Blueprint, loadBlueprintValue } from '../../../src/model/index.ts';

function example(name: string): Blueprint {
  return JSON.parse(
    readFileSync(new URL(`../../../blueprints/${name}`, import.meta.url), 'utf8'),
  ) as Blueprint;
}

function expectValid(blueprint: Blueprint): void {
  const loaded = loadBlueprintValue(blueprint);
  expect(loaded.ok).toBe(true);
  if (loaded.ok) expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
}

describe('applyWhatIf', () => {
  it('sets a pool’s units and shifts its schedule by the same difference', () => {
    const original = example('counter-deposit.json');
    const before = JSON.stringify(original);
    const variant = applyWhatIf(original, { units: { tellers: 6 } });
    const tellers = variant.resources!.find((pool) => pool.id === 'tellers')!;
    expect(tellers.capacity).toBe(6);
    // 4 tellers with 3 over lunch → 6 with 5 over lunch.
    expect(tellers.schedule).toEqual([{ from: '11:30', to: '13:30', capacity: 5 }]);
    expect(JSON.stringify(original)).toBe(before);
    expectValid(variant);
  });

  it('moves a day type’s own staffing of the pool by the same difference', () => {
    const variant = applyWhatIf(example('counter-deposit.json'), { units: { tellers: 5 } });
    const staffing = (id: string) => variant.dayTypes!.find((day) => day.id === id)!.staffing;
    // Pension day: six tellers, five over lunch → seven and six; month end five, four → six, five.
    expect(staffing('pension')!.tellers).toEqual({
      capacity: 7,
      schedule: [{ from: '11:30', to: '13:30', capacity: 6 }],
    });
    expect(staffing('month-end')!.tellers!.capacity).toBe(6);
    // The ordinary day has no staffing of its own: the pool's five are its.
    expect(staffing('ordinary')).toBeUndefined();
    const fewer = applyWhatIf(example('counter-deposit.json'), { units: { tellers: 0 } });
    expect(fewer.dayTypes!.find((day) => day.id === 'pension')!.staffing!.tellers).toEqual({
      capacity: 2,
      schedule: [{ from: '11:30', to: '13:30', capacity: 1 }],
    });
    expectValid(variant);
  });

  it('never takes a schedule period below 0', () => {
    const variant = applyWhatIf(example('counter-deposit.json'), { units: { tellers: 1 } });
    const tellers = variant.resources!.find((pool) => pool.id === 'tellers')!;
    expect(tellers.capacity).toBe(1);
    expect(tellers.schedule![0]!.capacity).toBe(0);
  });

  it('multiplies a rate profile and leaves everything else alone', () => {
    const original = example('counter-deposit.json');
    const variant = applyWhatIf(original, { arrivalMultiplier: 1.2 });
    expect(variant.arrivals).toEqual({
      ...original.arrivals,
      periods: [
        { from: '09:00', to: '11:30', perHour: 48 },
        { from: '11:30', to: '13:30', perHour: 67.2 },
        { from: '13:30', to: '17:00', perHour: 52.8 },
      ],
    });
    expect(variant.resources).toEqual(original.resources);
    expect(variant.steps).toBe(original.steps); // untouched parts are shared, not copied
    expectValid(variant);
  });

  it('multiplies Poisson arrivals and a class’s own, but keeps appointments as booked', () => {
    const original = example('client-reception.json');
    const before = JSON.stringify(original);
    const variant = applyWhatIf(original, { arrivalMultiplier: 2 });
    const walkIn = variant.classes!.find((c) => c.id === 'walk-in')!;
    expect(walkIn.arrivals).toMatchObject({ type: 'poisson', perHour: 2 });
    const booked = variant.classes!.find((c) => c.id === 'booked')!;
    expect(booked.arrivals).toEqual(original.classes!.find((c) => c.id === 'booked')!.arrivals);
    expect(hasAppointments(original)).toBe(true);
    expect(hasAppointments(example('counter-deposit.json'))).toBe(false);
    expect(JSON.stringify(original)).toBe(before);
    expectValid(variant);
  });

  it('multiplies the shared Poisson arrivals of classes', () => {
    const variant = applyWhatIf(example('loan-application.json'), { arrivalMultiplier: 0.5 });
    expect(variant.arrivals).toMatchObject({ type: 'poisson', perHour: 1.5 });
    expectValid(variant);
  });

  it('rounds units to whole numbers ≥ 0, ignores unknown pools, refuses a negative multiplier', () => {
    const original = example('counter-deposit.json');
    const variant = applyWhatIf(original, { units: { 'back-office': 2.6, nowhere: 3 } });
    expect(variant.resources!.find((pool) => pool.id === 'back-office')!.capacity).toBe(3);
    expect(applyWhatIf(original, { units: { 'back-office': -4 } }).resources![3]!.capacity).toBe(0);
    expect(() => applyWhatIf(original, { arrivalMultiplier: -1 })).toThrow(RangeError);
    expect(() => applyWhatIf(original, { arrivalMultiplier: Number.NaN })).toThrow(RangeError);
  });

  it('works on a frozen blueprint (the editor’s store freezes its state)', () => {
    const original = Object.freeze(example('counter-deposit.json'));
    expect(applyWhatIf(original, { units: { tellers: 5 } }).resources![0]!.capacity).toBe(5);
  });
});

describe('describeWhatIf', () => {
  const blueprint = example('counter-deposit.json');

  it('names what differs, with pool labels in the language asked for', () => {
    expect(describeWhatIf(blueprint, { units: { tellers: 4 }, arrivalMultiplier: 1.2 })).toBe(
      'arrivals ×1.2',
    );
    expect(describeWhatIf(blueprint, { units: { tellers: 5 }, arrivalMultiplier: 1.2 })).toBe(
      'Tellers 5, arrivals ×1.2',
    );
    expect(
      describeWhatIf(
        blueprint,
        { units: { tellers: 5 }, arrivalMultiplier: 0.8 },
        { arrivals: '到达', unchanged: '原样', separator: '，' },
        'zh-CN',
      ),
    ).toBe('柜员 5，到达 ×0.8');
  });

  it('for a month, says a difference where a day type staffs the pool its own way', () => {
    expect(describeWhatIf(blueprint, { units: { tellers: 5 } }, undefined, 'en', true)).toBe(
      'Tellers +1',
    );
    expect(describeWhatIf(blueprint, { units: { tellers: 2 } }, undefined, 'en', true)).toBe(
      'Tellers −2',
    );
    // No day type staffs the back office: its units are the same on every day.
    expect(describeWhatIf(blueprint, { units: { 'back-office': 2 } }, undefined, 'en', true)).toBe(
      'Back-office clerk 2',
    );
  });

  it('says so when nothing changes', () => {
    expect(describeWhatIf(blueprint, {})).toBe('as drawn');
    expect(describeWhatIf(blueprint, { units: { tellers: 4 }, arrivalMultiplier: 1 })).toBe(
      'as drawn',
    );
  });
});

/** Day types: checked where they name pools, and applied as the day says. */
import { describe, expect, it } from 'vitest';
import { type Blueprint, applyDayType, loadBlueprintValue } from '../../src/model/index.ts';
import { minimalBlueprint } from '../support/builders.ts';
import { findingsOf, summary } from '../support/semantic.ts';

function withDays(): Blueprint {
  const blueprint = minimalBlueprint();
  blueprint.resources!.push({ id: 'desk', kind: 'staff', label: 'Desk', capacity: 1 });
  blueprint.classes = [
    { id: 'walk-in', label: 'Walk-in', share: 1 },
    {
      id: 'booked',
      label: 'Booked',
      arrivals: { type: 'appointments', entry: 'arrive', slots: [{ at: '10:00', count: 4 }] },
    },
    {
      id: 'business',
      label: 'Business',
      arrivals: {
        type: 'profile',
        entry: 'arrive',
        periods: [{ from: '09:00', to: '12:00', perHour: 6 }],
      },
    },
  ];
  blueprint.dayTypes = [
    { id: 'ordinary', label: { en: 'Ordinary day', 'zh-CN': '平日' }, daysPerMonth: 19 },
    {
      id: 'pension',
      label: { en: 'Pension day', 'zh-CN': '养老金发放日' },
      daysPerMonth: 1,
      arrivalFactor: 1.8,
      staffing: {
        tellers: { capacity: 4, schedule: [{ from: '12:00', to: '13:00', capacity: 3 }] },
      },
    },
  ];
  return blueprint;
}

describe('applyDayType', () => {
  it('scales every walk-in arrival rate, not the booked appointments', () => {
    const day = applyDayType(withDays(), 'pension');
    expect(day.arrivals).toMatchObject({ type: 'poisson', perHour: 36 });
    const [walkIn, booked, business] = day.classes!;
    expect(walkIn!.arrivals).toBeUndefined();
    expect(booked!.arrivals).toEqual(withDays().classes![1]!.arrivals);
    expect(business!.arrivals).toMatchObject({ periods: [{ perHour: 6 * 1.8 }] });
  });

  it('staffs the named pools as the day says and leaves the others as they are', () => {
    const day = applyDayType(withDays(), 'pension');
    expect(day.resources).toEqual([
      {
        id: 'tellers',
        kind: 'staff',
        label: 'Tellers',
        capacity: 4,
        schedule: [{ from: '12:00', to: '13:00', capacity: 3 }],
      },
      { id: 'desk', kind: 'staff', label: 'Desk', capacity: 1 },
    ]);
  });

  it("replaces a pool's schedule: a day type without one has its capacity all day", () => {
    const blueprint = withDays();
    blueprint.resources![0]!.schedule = [{ from: '12:00', to: '13:00', capacity: 1 }];
    blueprint.dayTypes![0]!.staffing = { tellers: { capacity: 3 } };
    const ordinary = applyDayType(blueprint, 'ordinary').resources![0]!;
    expect(ordinary.capacity).toBe(3);
    expect(ordinary.schedule).toBeUndefined();
  });

  it('gives a valid blueprint without day types, and leaves the original alone', () => {
    const blueprint = withDays();
    const before = JSON.stringify(blueprint);
    const day = applyDayType(blueprint, 'ordinary');
    expect(day.dayTypes).toBeUndefined();
    expect(day.arrivals).toEqual(blueprint.arrivals);
    expect(JSON.stringify(blueprint)).toBe(before);
    const loaded = loadBlueprintValue(day);
    expect(loaded.ok && loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses a day type the blueprint does not have', () => {
    expect(() => applyDayType(withDays(), 'holiday')).toThrow(/day type holiday/);
  });
});

describe('day type checks', () => {
  const dayTypeFindings = (change: (blueprint: Blueprint) => void) =>
    summary(
      findingsOf((blueprint) => {
        Object.assign(blueprint, withDays());
        change(blueprint);
      }),
    );

  it('the example-like day types are valid', () => {
    expect(dayTypeFindings(() => undefined)).toEqual([]);
  });

  it('names a pool that does not exist, with the closest name', () => {
    expect(
      dayTypeFindings((blueprint) => {
        blueprint.dayTypes![1]!.staffing = { tellerz: { capacity: 5 } };
      }),
    ).toEqual([
      'error unknown-pool $.dayTypes[1].staffing.tellerz: pool "tellerz" does not exist (did you mean "tellers"?)',
    ]);
  });

  it("checks the day's schedule like a pool's", () => {
    expect(
      dayTypeFindings((blueprint) => {
        blueprint.dayTypes![1]!.staffing!.tellers!.schedule!.push({
          from: '12:30',
          to: '14:00',
          capacity: 2,
        });
      }),
    ).toEqual([
      'error periods-overlap $.dayTypes[1].staffing.tellers.schedule[1].from: 12:30–14:00 overlaps 12:00–13:00 (item 0)',
    ]);
  });

  it('refuses a day that closes a pool steps need, all day', () => {
    expect(
      dayTypeFindings((blueprint) => {
        blueprint.dayTypes![0]!.staffing = { tellers: { capacity: 0 }, desk: { capacity: 0 } };
      }),
    ).toEqual([
      'error day-type-pool-empty $.dayTypes[0].staffing.tellers.capacity: on day type "ordinary" pool "tellers" has capacity 0 all day, so its steps serve nobody that day',
    ]);
  });

  it("refuses a factor that takes a day's arrivals past the simulator's limit", () => {
    expect(
      dayTypeFindings((blueprint) => {
        blueprint.arrivals = { type: 'poisson', entry: 'arrive', perHour: 1000 };
        blueprint.dayTypes![1]!.arrivalFactor = 61;
      }),
    ).toEqual([
      "error arrival-rate-too-high $.dayTypes[1].arrivalFactor: more than 60000 arrivals an hour, the simulator's limit (the rate is per hour)",
    ]);
  });

  it('refuses two day types of one id', () => {
    expect(
      dayTypeFindings((blueprint) => {
        blueprint.dayTypes![1]!.id = 'ordinary';
      }),
    ).toEqual([
      'error duplicate-id $.dayTypes[1].id: id "ordinary" is already used by dayTypes[0]',
    ]);
  });
});

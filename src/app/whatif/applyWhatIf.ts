/**
 * What-if variants of a blueprint: the two common questions ("what with N tellers?",
 * "what if 20 % more customers come?") as a new blueprint to simulate. Pure; the
 * blueprint given is never changed.
 */
import { produce } from 'immer';
import { type Arrivals, type Blueprint, textIn } from '../../model/index.ts';

export interface WhatIf {
  /** Units per pool id, outside any schedule period. Whole numbers ≥ 0; unknown pools are ignored. */
  units?: Readonly<Record<string, number>>;
  /** Every random arrival rate times this (≥ 0); 1 or absent leaves them as drawn. */
  arrivalMultiplier?: number;
}

/** Rates keep six decimals: 44 × 1.2 is 52.8 per hour, not 52.800000000000004. */
function scaled(perHour: number, multiplier: number): number {
  return Math.round(perHour * multiplier * 1e6) / 1e6;
}

function wholeUnits(units: number): number {
  return Number.isFinite(units) ? Math.max(0, Math.round(units)) : 0;
}

function scaleArrivals(arrivals: Arrivals, multiplier: number): void {
  switch (arrivals.type) {
    case 'poisson':
      arrivals.perHour = scaled(arrivals.perHour, multiplier);
      return;
    case 'profile':
      for (const period of arrivals.periods) period.perHour = scaled(period.perHour, multiplier);
      return;
    case 'appointments':
      // Bookings are a plan, not a rate: the same customers are booked for the same times,
      // so a multiplier leaves them as they are (the panel says so).
      return;
  }
}

/** The blueprint with the what-if applied, as a new object. */
export function applyWhatIf(blueprint: Blueprint, whatIf: WhatIf): Blueprint {
  const multiplier = whatIf.arrivalMultiplier ?? 1;
  if (!Number.isFinite(multiplier) || multiplier < 0) {
    throw new RangeError(`arrivalMultiplier must be a number ≥ 0, got ${String(multiplier)}`);
  }
  return produce(blueprint, (draft) => {
    for (const pool of draft.resources ?? []) {
      const wanted = whatIf.units?.[pool.id];
      if (wanted === undefined) continue;
      const units = wholeUnits(wanted);
      const difference = units - pool.capacity;
      pool.capacity = units;
      // A schedule is the shape of the day (one teller fewer over lunch): one more unit is
      // one more person on every shift, so every period moves by the same difference and
      // the dip keeps its depth. A pool cannot have fewer than 0 units, so taking units
      // away may flatten a dip to 0 (closed) but never below.
      for (const period of pool.schedule ?? []) {
        period.capacity = Math.max(0, period.capacity + difference);
      }
      // A day type that staffs the pool its own way (six tellers on pension day) gets the
      // same difference, so a month run with the change has one more teller on every day.
      for (const dayType of draft.dayTypes ?? []) {
        const onDay = dayType.staffing?.[pool.id];
        if (!onDay || !Object.hasOwn(dayType.staffing!, pool.id)) continue;
        onDay.capacity = Math.max(0, onDay.capacity + difference);
        for (const period of onDay.schedule ?? []) {
          period.capacity = Math.max(0, period.capacity + difference);
        }
      }
    }
    if (multiplier === 1) return;
    if (draft.arrivals) scaleArrivals(draft.arrivals, multiplier);
    for (const customerClass of draft.classes ?? []) {
      if (customerClass.arrivals) scaleArrivals(customerClass.arrivals, multiplier);
    }
  });
}

/** True when the blueprint has booked arrivals, which a multiplier leaves unchanged. */
export function hasAppointments(blueprint: Blueprint): boolean {
  return [blueprint.arrivals, ...(blueprint.classes ?? []).map((c) => c.arrivals)].some(
    (arrivals) => arrivals?.type === 'appointments',
  );
}

export interface WhatIfWords {
  /** "arrivals": the word before "×1.2". */
  arrivals: string;
  /** The label when nothing is changed. */
  unchanged: string;
  /** Between the parts: ", " in English, "，" in Chinese. */
  separator: string;
}

const ENGLISH: WhatIfWords = { arrivals: 'arrivals', unchanged: 'as drawn', separator: ', ' };

/** True when one of the blueprint's day types staffs the pool its own way. */
export function staffedByDayType(blueprint: Blueprint, poolId: string): boolean {
  return (blueprint.dayTypes ?? []).some(
    (dayType) => dayType.staffing !== undefined && Object.hasOwn(dayType.staffing, poolId),
  );
}

/**
 * A short scenario label naming only what differs from the blueprint, e.g.
 * "Tellers 4, arrivals ×1.2". Pool names are the labels in `language`. For a month
 * (`month`), a pool that some day type staffs its own way is changed by a number of units
 * on every day, so its part says the difference: "Tellers +1".
 */
export function describeWhatIf(
  blueprint: Blueprint,
  whatIf: WhatIf,
  words: WhatIfWords = ENGLISH,
  language = 'en',
  month = false,
): string {
  const parts: string[] = [];
  for (const pool of blueprint.resources ?? []) {
    const wanted = whatIf.units?.[pool.id];
    if (wanted === undefined || wholeUnits(wanted) === pool.capacity) continue;
    const difference = wholeUnits(wanted) - pool.capacity;
    const units =
      month && staffedByDayType(blueprint, pool.id)
        ? `${difference > 0 ? '+' : '−'}${Math.abs(difference)}`
        : String(wholeUnits(wanted));
    parts.push(`${textIn(pool.label, language) || pool.id} ${units}`);
  }
  const multiplier = whatIf.arrivalMultiplier ?? 1;
  if (multiplier !== 1) parts.push(`${words.arrivals} ×${Math.round(multiplier * 100) / 100}`);
  return parts.length > 0 ? parts.join(words.separator) : words.unchanged;
}

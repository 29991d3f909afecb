/**
 * Which days of a log the arrivals are fitted from, chosen after the log was read (the
 * app's Calibrate dialog): the days of a calendar kind (all, workdays, weekends, one
 * weekday), or a day type of the blueprint (pension day, month end) whose days in the log
 * the user names. For a day type, the blueprint's own profile is fitted from the other
 * days and the day type's `arrivalFactor` is its days' arrivals a day over theirs. Also
 * each weekday's arrivals a day, so the user sees how the weekdays differ. Pure: data in,
 * data out, codes for what cannot be fitted.
 */
import {
  type ArrivalRateGroup,
  type DailyArrivals,
  type Estimate,
  arrivalRateGroup,
  arrivalsPerDay,
  fitShares,
  weekdayOf,
} from '../analysis/fit/index.ts';
import type { CalibrationFits, CalibrationNote, DayType, Weekday } from './fitTypes.ts';

export type DayChoice =
  /** A calendar kind of day: all days pooled, workdays, weekends or one weekday. */
  | { readonly kind: 'calendar'; readonly dayType: DayType }
  /** A day type of the blueprint, and the log's dates that were such days. */
  | { readonly kind: 'blueprint'; readonly dayType: string; readonly dates: readonly string[] };

/** A day type's arrival factor, from its days in the log against the others. */
export interface DayFactorFit {
  /** The blueprint's day type id. */
  readonly dayType: string;
  /** Its days in the log, and their arrivals. */
  readonly dates: readonly string[];
  readonly arrivals: number;
  /** The other days of the log (the blueprint's own profile), and theirs. */
  readonly others: readonly string[];
  readonly otherArrivals: number;
  /**
   * (arrivals / its days) / (otherArrivals / other days), with an interval from the
   * binomial split of all the arrivals between the two sets of days (Wilson), which is
   * exact in form for two Poisson rates: conditional on the total, its days' share is
   * binomial with p = dR / (dR + d'), R the factor.
   */
  readonly factor: Estimate;
}

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Whether `date` is of the calendar kind `dayType`. */
export function isDayOf(date: string, dayType: DayType): boolean {
  if (dayType === 'all') return true;
  const weekday = weekdayOf(date);
  const weekend = weekday === 'sat' || weekday === 'sun';
  if (dayType === 'workday') return !weekend;
  if (dayType === 'weekend') return weekend;
  return weekday === dayType;
}

/** The calendar kinds the log has days of, in DAY_TYPES order ('all' first). */
export function calendarChoices(daily: DailyArrivals): DayType[] {
  const kinds: DayType[] = ['all', 'workday', 'weekend', ...WEEKDAYS];
  return kinds.filter((kind) => daily.dates.some((date) => isDayOf(date, kind)));
}

/** The arrivals fitted from the chosen days; the day type's factor for a blueprint day type. */
export interface ChosenArrivals {
  readonly arrivals?: CalibrationFits['arrivals'];
  readonly dayFactor?: DayFactorFit;
  readonly notes: readonly CalibrationNote[];
}

/** Arrival counts a day type or a calendar kind picks out, as the profile's group. */
export function chooseArrivals(
  daily: DailyArrivals,
  from: readonly string[],
  choice: DayChoice,
  confidence: number,
): ChosenArrivals {
  if (choice.kind === 'calendar') {
    const dates = daily.dates.filter((date) => isDayOf(date, choice.dayType));
    if (dates.length === 0)
      return { notes: [{ code: 'no-days-of-type', params: { dayType: choice.dayType } }] };
    return profileOf(arrivalRateGroup(daily, choice.dayType, dates, confidence), from, []);
  }
  const marked = new Set(choice.dates);
  const dates = daily.dates.filter((date) => marked.has(date));
  const others = daily.dates.filter((date) => !marked.has(date));
  const notes: CalibrationNote[] = [];
  if (dates.length === 0)
    notes.push({ code: 'no-days-of-day-type', params: { dayType: choice.dayType } });
  if (others.length === 0)
    notes.push({ code: 'no-other-days', params: { dayType: choice.dayType } });
  if (others.length === 0) return { notes };
  const otherGroup = arrivalRateGroup(daily, 'others', others, confidence);
  const chosen = profileOf(otherGroup, from, notes);
  if (dates.length === 0) return chosen;
  const group = arrivalRateGroup(daily, choice.dayType, dates, confidence);
  if (group.total + otherGroup.total === 0) return chosen;
  return {
    ...chosen,
    dayFactor: {
      dayType: choice.dayType,
      dates,
      arrivals: group.total,
      others,
      otherArrivals: otherGroup.total,
      factor: factorOf(group.total, dates.length, otherGroup.total, others.length, confidence),
    },
  };
}

function profileOf(
  group: ArrivalRateGroup,
  from: readonly string[],
  notes: readonly CalibrationNote[],
): ChosenArrivals {
  return group.total > 0 ? { arrivals: { group, from }, notes } : { notes };
}

/** The ratio of two Poisson rates a day, through the binomial share of the first (Wilson). */
function factorOf(
  count: number,
  days: number,
  otherCount: number,
  otherDays: number,
  confidence: number,
): Estimate {
  const { share } = fitShares({ chosen: count, other: otherCount }, { confidence }).shares[0]!;
  const ratio = (p: number) => (p >= 1 ? Infinity : (p * otherDays) / ((1 - p) * days));
  return { value: ratio(share.value), lower: ratio(share.lower), upper: ratio(share.upper) };
}

/** One weekday of the log: its days, arrivals a day with their interval, its busiest bin. */
export interface WeekdayRow {
  readonly weekday: Weekday;
  readonly days: number;
  readonly perDay: Estimate;
  readonly busiest: { readonly from: number; readonly to: number; readonly perHour: number };
}

/** Each weekday the log has, Monday first, so a day that differs stands out. */
export function weekdayRows(fits: Pick<CalibrationFits, 'dayTypes' | 'confidence'>): WeekdayRow[] {
  const order = (key: string) => WEEKDAYS.indexOf(key as Weekday);
  return [...fits.dayTypes]
    .sort((a, b) => order(a.key) - order(b.key))
    .map((group) => {
      const busiest = group.bins.reduce((a, b) => (b.count > a.count ? b : a), group.bins[0]!);
      return {
        weekday: group.key as Weekday,
        days: group.dates.length,
        perDay: arrivalsPerDay(group, fits.confidence),
        busiest: { from: busiest.from, to: busiest.to, perHour: busiest.perHour.value },
      };
    });
}

/**
 * The fits with the arrivals of the chosen days in place of those read (and, for a day
 * type, its factor): what the dialog shows, applies and back-tests. Without the log's
 * daily counts (an event log with no case starts) the fits are as read.
 */
export function withDayChoice(fits: CalibrationFits, choice: DayChoice): CalibrationFits {
  const { daily } = fits;
  if (daily === undefined || daily.dates.length === 0) return fits;
  const from = fits.arrivals?.from ?? [];
  const chosen = chooseArrivals(daily, from, choice, fits.confidence);
  const rest = { ...fits };
  delete rest.arrivals;
  delete rest.dayFactor;
  const kept = fits.notes.filter((note) => note.code !== 'no-days-of-type');
  return {
    ...rest,
    ...(chosen.arrivals === undefined ? {} : { arrivals: chosen.arrivals }),
    ...(chosen.dayFactor === undefined ? {} : { dayFactor: chosen.dayFactor }),
    dayType: choice.kind === 'calendar' ? choice.dayType : fits.dayType,
    notes: [...kept, ...chosen.notes],
  };
}

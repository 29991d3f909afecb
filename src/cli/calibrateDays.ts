/**
 * `calibrate --day-type ID --dates …`: the days of a blueprint day type (month end,
 * pension day) named on the command line, as the app's Calibrate dialog ticks them. The
 * day type must be the blueprint's and every date a day of the log; then the arrival
 * profile is fitted from the other days and the day type's factor from its own
 * (src/calibrate/dayChoice.ts).
 */
import {
  type CalibrationFits,
  DAY_TYPES,
  type DayChoice,
  withDayChoice,
} from '../calibrate/index.ts';
import type { Blueprint } from '../model/index.ts';

export type ChosenDays =
  | { readonly ok: true; readonly fits: CalibrationFits }
  /** What is wrong with the dates against the log. */
  | { readonly ok: false; readonly reason: string };

/** A problem with the day type, before the log is read; undefined when there is none. */
export function dayTypeProblem(blueprint: Blueprint, choice: DayChoice): string | undefined {
  if (choice.kind === 'calendar') return undefined;
  const ids = (blueprint.dayTypes ?? []).map((dayType) => dayType.id);
  if (ids.includes(choice.dayType)) return undefined;
  // A weekday or calendar kind is chosen by --day-type alone.
  const calendar = (DAY_TYPES as readonly string[]).includes(choice.dayType)
    ? `; --day-type ${choice.dayType} without --dates fits the log's days of that kind`
    : '';
  const problem =
    ids.length === 0
      ? `--day-type ${choice.dayType} with --dates: the blueprint has no day types (dayTypes, docs/blueprint-format.md 3.12)`
      : `--day-type ${choice.dayType} with --dates: the blueprint has no such day type (its day types: ${ids.join(', ')})`;
  return `${problem}${calendar}`;
}

/** The fits with the arrivals of the chosen days, once the log's days are known. */
export function chooseDays(fits: CalibrationFits, choice: DayChoice): ChosenDays {
  if (choice.kind === 'calendar') return { ok: true, fits };
  const logDays = fits.daily?.dates ?? [];
  if (logDays.length === 0)
    return {
      ok: false,
      reason: '--dates: the log has no arrivals by day to choose from',
    };
  const known = new Set(logDays);
  const missing = choice.dates.filter((date) => !known.has(date));
  if (missing.length > 0)
    return {
      ok: false,
      reason: `--dates: ${missing.join(', ')} ${missing.length === 1 ? 'is not a day' : 'are not days'} of the log (its ${logDays.length} days: ${logDays[0]} – ${logDays[logDays.length - 1]})`,
    };
  return { ok: true, fits: withDayChoice(fits, choice) };
}

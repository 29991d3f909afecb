/**
 * The calibration report's lines about days: each weekday's arrivals, and for a blueprint
 * day type named with --dates its arrival factor against the other days, as written.
 */
import { formatTimeOfDay } from '../analysis/fit/index.ts';
import { type CalibrationFits, type DayChoice, weekdayRows } from '../calibrate/index.ts';
import { type Blueprint, textIn } from '../model/index.ts';
import type { CalibrateLanguage } from './calibrateOptions.ts';
import { HEADINGS } from './calibrateText.ts';
import { dayTypeName } from './calibrateWords.ts';
import { fill } from './fillText.ts';
import { textTable } from './textTable.ts';

const fixed = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');

type Heading = (key: keyof typeof HEADINGS, values?: Record<string, string | number>) => string;

function heading(language: CalibrateLanguage): Heading {
  return (key, values = {}) => fill(HEADINGS[key][language], values);
}

/**
 * One line per weekday in the log: its days, arrivals a day with Garwood's interval of
 * its count over its days, and its busiest bin, so a day that differs stands out.
 */
export function dayTypeLines(
  fits: CalibrationFits,
  days: DayChoice,
  language: CalibrateLanguage,
): string[] {
  const h = heading(language);
  const rows = [h('dayTypesColumns').split(' ')];
  for (const row of weekdayRows(fits)) {
    rows.push([
      dayTypeName(row.weekday, language),
      String(row.days),
      fixed(row.perDay.value, 1),
      `${fixed(row.perDay.lower, 1)} – ${fixed(row.perDay.upper, 1)}`,
      formatTimeOfDay(row.busiest.from),
      fixed(row.busiest.perHour, 1),
    ]);
  }
  const title =
    days.kind === 'blueprint'
      ? h('dayTypesOthers', { dayType: days.dayType })
      : h('dayTypes', { dayType: fits.dayType });
  return [title, ...textTable(rows, '    ')];
}

/** The day type's factor from its dates against the others', and whether it was written. */
export function dayFactorLines(
  fits: CalibrationFits,
  calibrated: Blueprint,
  language: CalibrateLanguage,
): string[] {
  const fit = fits.dayFactor;
  if (fit === undefined) return [];
  const h = heading(language);
  const dayType = calibrated.dayTypes?.find((d) => d.id === fit.dayType);
  const target = `dayTypes.${fit.dayType}.arrivalFactor`;
  const written = calibrated.calibration?.values.some((v) => v.target === target) === true;
  const name = dayType === undefined ? fit.dayType : textIn(dayType.label, language) || fit.dayType;
  return [
    h('dayFactor', { name, id: fit.dayType }),
    `  ${h('dayFactorLine', {
      factor: fixed(fit.factor.value, 3),
      lower: fixed(fit.factor.lower, 3),
      upper: fixed(fit.factor.upper, 3),
      arrivals: fit.arrivals,
      days: fit.dates.length,
      otherArrivals: fit.otherArrivals,
      otherDays: fit.others.length,
    })}`,
    `  ${h('dayFactorDates', { dates: fit.dates.join(', ') })}`,
    `  ${written ? h('dayFactorWritten', { target, value: dayType?.arrivalFactor ?? '—' }) : h('dayFactorNotWritten')}`,
  ];
}

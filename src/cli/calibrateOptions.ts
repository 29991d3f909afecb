/**
 * The options of `blueprint-lab calibrate LOG --blueprint FILE`, checked before anything
 * is read: every problem is a UsageError naming the option.
 */
import { parseArgs } from 'node:util';
import type { DateOrder, LogKind } from '../calibrate/logs/index.ts';
import { DAY_TYPES } from '../calibrate/index.ts';
import type { DayChoice } from '../calibrate/dayChoice.ts';
import { UsageError } from './io.ts';
import { nonEmpty } from './optionValue.ts';

export type CalibrateLanguage = 'en' | 'zh-CN';

export interface CalibrateCommand {
  log: string;
  blueprint: string;
  map?: string;
  out?: string;
  json: boolean;
  /** Draw the reading's progress on standard error even when it is not a terminal. */
  progress: boolean;
  language: CalibrateLanguage;
  kind?: LogKind;
  timeZone?: string;
  dateOrder?: DateOrder;
  encoding?: string;
  binMinutes: number;
  /**
   * The days the arrival profile is fitted from: a calendar kind (--day-type alone), or a
   * blueprint day type and its dates (--day-type ID --dates …), whose arrival factor is
   * fitted against the other days.
   */
  days: DayChoice;
}

function oneOf<T extends string>(name: string, text: string | undefined, allowed: readonly T[]) {
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text))
    throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not "${text}"`);
  return text as T;
}

function binMinutes(text: string | undefined): number {
  if (text === undefined) return 30;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !(value >= 1 && value <= 1440))
    throw new UsageError(`--bin must be a whole number of minutes from 1 to 1440, not "${text}"`);
  return value;
}

/** A date of the calendar, "YYYY-MM-DD" (2026-02-30 is none). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** --dates: the log's days that were of a blueprint day type, each named if it is no date. */
function dates(text: string): string[] {
  const listed = text.split(',').map((date) => date.trim());
  for (const date of listed)
    if (!isCalendarDate(date))
      throw new UsageError(
        date === ''
          ? `--dates has an empty item in "${text}": give dates as YYYY-MM-DD,YYYY-MM-DD`
          : `--dates: "${date}" is not a date YYYY-MM-DD (such as 2026-03-31)`,
      );
  return [...new Set(listed)].sort();
}

/** The days to fit the arrivals from: a calendar kind, or a blueprint day type's dates. */
function dayChoice(dayType: string | undefined, datesText: string | undefined): DayChoice {
  if (datesText === undefined)
    return { kind: 'calendar', dayType: oneOf('day-type', dayType, DAY_TYPES) ?? 'all' };
  if (dayType === undefined || dayType === '')
    throw new UsageError(
      '--dates needs --day-type ID: the blueprint day type (month end, pension day…) the dates were',
    );
  return { kind: 'blueprint', dayType, dates: dates(datesText) };
}

export function parseCalibrateArgs(args: string[]): CalibrateCommand {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      blueprint: { type: 'string' },
      map: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      kind: { type: 'string' },
      'time-zone': { type: 'string' },
      'date-order': { type: 'string' },
      encoding: { type: 'string' },
      bin: { type: 'string' },
      'day-type': { type: 'string' },
      dates: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('calibrate needs exactly one LOG file');
  const blueprint = nonEmpty('blueprint', values.blueprint);
  if (blueprint === undefined)
    throw new UsageError('calibrate needs --blueprint FILE: the blueprint to calibrate');
  const command: CalibrateCommand = {
    log: positionals[0]!,
    blueprint,
    json: values.json,
    progress: values.progress,
    language: oneOf('lang', values.lang, ['en', 'zh-CN'] as const) ?? 'en',
    binMinutes: binMinutes(values.bin),
    days: dayChoice(values['day-type'], values.dates),
  };
  const map = nonEmpty('map', values.map);
  if (map !== undefined) command.map = map;
  const out = nonEmpty('out', values.out);
  if (out !== undefined) command.out = out;
  const kind = oneOf('kind', values.kind, ['queue', 'event'] as const);
  if (kind !== undefined) command.kind = kind;
  const timeZone = nonEmpty('time-zone', values['time-zone']);
  if (timeZone !== undefined) command.timeZone = timeZone;
  const dateOrder = oneOf('date-order', values['date-order'], ['dmy', 'mdy'] as const);
  if (dateOrder !== undefined) command.dateOrder = dateOrder;
  const encoding = nonEmpty('encoding', values.encoding);
  if (encoding !== undefined) command.encoding = encoding;
  return command;
}

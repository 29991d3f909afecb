/**
 * The options of `blueprint-lab calibrate LOG --blueprint FILE`, checked before anything
 * is read: every problem is a UsageError naming the option.
 */
import { parseArgs } from 'node:util';
import type { DateOrder, LogKind } from '../calibrate/logs/index.ts';
import { DAY_TYPES, type DayType } from '../calibrate/index.ts';
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
  dayType: DayType;
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
    dayType: oneOf('day-type', values['day-type'], DAY_TYPES) ?? 'all',
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

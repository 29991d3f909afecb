/**
 * The options of `blueprint-lab simulate`, read strictly: a number must be written as
 * one (no hex, no exponent where a whole number is due, no stray spaces), stay within
 * the format's own limits (src/model/schema/run.ts), and an option given empty is a
 * mistake, not a silent default. Every problem is a UsageError naming the option.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_LOG_DATE, parseLogDate } from '../sim/eventLogFormat.ts';
import type { LogFormat } from './eventLog.ts';
import { UsageError } from './io.ts';
import { MAX_SEED, nonEmpty, wholeNumber } from './optionValue.ts';

/** The format's limits: an option cannot go past them either. */
const MAX_REPLICATIONS = 10_000;
const MAX_RUN_MINUTES = 10_000_000;
/** More threads than this only cost memory and start-up time. */
const MAX_JOBS = 256;

/** Plain decimal notation, with an exponent allowed for long runs ("1e6" minutes). */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export interface SimulateCommand {
  file: string;
  replications?: number;
  seed?: number;
  horizon?: number;
  warmup?: number;
  sets: string[];
  /** One of the blueprint's day types; undefined: the blueprint as written. */
  dayType?: string;
  /** Every day type run and combined into a month (docs/results-format.md, 10). */
  month: boolean;
  json: boolean;
  log?: string;
  logFormat: LogFormat;
  /** "YYYY-MM-DD": the event log's minute 0 is its midnight UTC. */
  logDate: string;
  language: string;
  /** Worker threads; undefined: one per core. */
  jobs: number | undefined;
}

function minutes(name: string, text: string | undefined, allowZero: boolean) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!DECIMAL.test(text) || value > MAX_RUN_MINUTES || (!allowZero && value === 0))
    throw new UsageError(
      `--${name} must be a number of minutes ${allowZero ? '≥ 0' : '> 0'} and at most ${MAX_RUN_MINUTES}, not "${text}"`,
    );
  return value;
}

/** XES when asked for, or when the file name ends in .xes; CSV otherwise. */
function logFormat(log: string | undefined, format: string | undefined): LogFormat {
  if (format !== undefined && log === undefined)
    throw new UsageError('--log-format applies to the event log: give --log FILE too');
  if (format === undefined) return log !== undefined && /\.xes$/i.test(log) ? 'xes' : 'csv';
  if (format !== 'csv' && format !== 'xes')
    throw new UsageError(`--log-format must be csv or xes, not "${format}"`);
  return format;
}

function logDate(log: string | undefined, date: string | undefined): string {
  if (date === undefined) return DEFAULT_LOG_DATE;
  if (log === undefined)
    throw new UsageError('--log-date applies to the event log: give --log FILE too');
  if (parseLogDate(date) === undefined)
    throw new UsageError(`--log-date must be a date YYYY-MM-DD, e.g. 2026-03-02, not "${date}"`);
  return date;
}

/** A month is every day type, each a business day, without an event log: the options that say otherwise conflict. */
function monthAlone(values: Record<string, unknown>): void {
  for (const option of ['day-type', 'horizon', 'warmup', 'log'])
    if (values[option] !== undefined)
      throw new UsageError(
        `--month runs every day type as a business day: it cannot be combined with --${option}`,
      );
}

export function parseSimulateArgs(args: string[]): SimulateCommand {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      replications: { type: 'string' },
      seed: { type: 'string' },
      horizon: { type: 'string' },
      warmup: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      'day-type': { type: 'string' },
      month: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      log: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      jobs: { type: 'string' },
      'log-format': { type: 'string' },
      'log-date': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('simulate needs exactly one FILE');
  const log = nonEmpty('log', values.log);
  if (values.month) monthAlone(values);
  return {
    file: positionals[0]!,
    replications: wholeNumber('replications', values.replications, 1, MAX_REPLICATIONS),
    seed: wholeNumber('seed', values.seed, 0, MAX_SEED),
    horizon: minutes('horizon', values.horizon, false),
    warmup: minutes('warmup', values.warmup, true),
    jobs: wholeNumber('jobs', values.jobs, 1, MAX_JOBS),
    sets: values.set,
    ...(values['day-type'] === undefined
      ? {}
      : { dayType: nonEmpty('day-type', values['day-type']) }),
    month: values.month,
    json: values.json,
    log,
    logFormat: logFormat(log, values['log-format']),
    logDate: logDate(log, values['log-date']),
    language: nonEmpty('lang', values.lang) ?? 'en',
  };
}

/** Threads for a run of `replications`: as asked, else one per core; never more than replications. */
export function jobsFor(command: SimulateCommand, replications: number): number {
  return Math.max(1, Math.min(command.jobs ?? availableParallelism(), replications));
}

/**
 * The options of `blueprint-lab backtest LOG --blueprint FILE`, read strictly like
 * simulate's: numbers written as numbers within their limits, no option given empty.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './io.ts';
import { MAX_SEED, nonEmpty, wholeNumber } from './optionValue.ts';

export interface BacktestCommand {
  log: string;
  blueprint: string;
  map?: string;
  step?: string;
  ticketAt: 'arrival' | 'queue';
  binMinutes: number;
  seed?: number;
  json: boolean;
  /** Draw the progress on standard error even when it is not a terminal. */
  progress: boolean;
  plot?: string;
  language: string;
}

export function parseBacktestArgs(args: string[]): BacktestCommand {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      blueprint: { type: 'string' },
      map: { type: 'string' },
      step: { type: 'string' },
      'ticket-at': { type: 'string', default: 'arrival' },
      bin: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      plot: { type: 'string' },
      lang: { type: 'string', default: 'en' },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError('backtest needs one LOG file (a queue-ticket CSV) and --blueprint FILE');
  const blueprint = nonEmpty('blueprint', values.blueprint);
  if (blueprint === undefined) throw new UsageError('backtest needs --blueprint FILE');
  const ticketAt = values['ticket-at'];
  if (ticketAt !== 'arrival' && ticketAt !== 'queue')
    throw new UsageError(`--ticket-at must be arrival or queue, not "${ticketAt}"`);
  return {
    log: positionals[0]!,
    ticketAt,
    blueprint,
    map: nonEmpty('map', values.map),
    step: nonEmpty('step', values.step),
    binMinutes: wholeNumber('bin', values.bin, 5, 1440) ?? 60,
    seed: wholeNumber('seed', values.seed, 0, MAX_SEED),
    json: values.json,
    progress: values.progress,
    plot: nonEmpty('plot', values.plot),
    language: nonEmpty('lang', values.lang) ?? 'en',
  };
}

/**
 * The `blueprint-lab` command line: a thin layer over the model (and, later, the
 * simulator). Every command returns its exit code; nothing here calls process.exit, so
 * tests run commands in-process.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { blueprintJsonSchema } from '../model/jsonSchema.ts';
import { type CliIo, EXIT, Interrupted, OutputError, UsageError } from './io.ts';
import { runCalibrate } from './calibrate.ts';
import { runBacktestCommand } from './backtest.ts';
import { runSimulate } from './simulate.ts';
import { printable, printableLines } from './terminalText.ts';
import { validateFiles } from './validate.ts';

const HELP = `Usage: blueprint-lab <command> [options]

Commands:
  validate FILE…    check blueprint files (use - for standard input)
      --json        print the findings as JSON
      --strict      treat warnings as errors
  simulate FILE     simulate a blueprint and report wait points, fail points, pools
      --replications N   independent runs, 1 to 10000 (default: the file's, else 10)
      --seed S           random seed, 0 to 4294967295 (same seed, same results)
      --horizon MIN      run a steady state of MIN minutes instead of the file's run
      --warmup MIN       minutes simulated first and discarded (steady state)
      --day-type ID      run the blueprint's day type ID (pension day, month end…):
                         its arrivals and staffing in place of the plain day's
      --month            run every day type (type k with seed + k) and combine them
                         by their days a month: per day type and the month's totals
                         with 95 % intervals (JSON: docs/results-format.md, 10)
      --set PATH=VALUE   change the blueprint first, e.g. resources.tellers.capacity=4
                         (repeatable; list items are named by id; the path must exist
                         except a last object key; the result must stay valid)
      --json             print the results as JSON (docs/results-format.md)
      --log FILE         write the events of replication 1 for process mining: CSV,
                         or XES for FILE.xes; at most 1 000 000 events; never over
                         an input file
      --log-format F     csv or xes, whatever the file name
      --log-date DATE    YYYY-MM-DD: minute 0 of the run's clock is its midnight UTC
                         (default 2026-01-05, so the same run gives the same log)
      --lang TAG         language of labels in the report and XES (en, zh-CN)
      --jobs N           worker threads sharing the replications (default: one per
                         core, at most one per replication); same results for any N
  calibrate LOG     fit a blueprint to a branch's queue-ticket or event log (CSV):
                    arrivals by time of day, service times, patience, windows open,
                    branch probabilities, each with its interval and fit quality
      --blueprint FILE   the blueprint to calibrate (required)
      --map MAP.json     the log's columns, and its business types or activities
                         → steps and classes (docs/calibration-logs.md, 4)
      --out FILE         write the calibrated blueprint, with its provenance
                         (never over an input file); without it, only the report
      --json             print the report as JSON
      --lang TAG         language of the report (en, zh-CN)
      --kind K           queue or event, whatever the header suggests
      --time-zone TZ     zone of the log's times (default +08:00)
      --date-order O     dmy or mdy, for dates such as 02/03/2026
      --encoding E       the log's encoding instead of detecting it (gbk, utf-8…)
      --bin MIN          width of the arrival and staffing bins (default 30)
      --day-type D       the days the arrival profile is fitted from: all (default),
                         workday, weekend or mon … sun; every weekday is reported
      --dates D1,D2…     with --day-type ID, the log's days (YYYY-MM-DD) that were
                         the blueprint's day type ID (month end, pension day): the
                         profile from the other days, ID's arrivalFactor from these
      --progress         the reading's progress on standard error even when it is not
                         a terminal (Ctrl-C stops the reading: exit 130, nothing written)
  backtest LOG --blueprint FILE
                    simulate the blueprint over the days of a queue-ticket log and
                    set log against model hour by hour: mean and p90 wait,
                    abandonment, the hours where the model misses (docs/backtest.md)
      --map MAP.json     the log's columns and values (docs/calibration-logs.md)
      --step STEP        the step whose queue the tickets stand for (default: the
                         one step that needs a pool and carries a W)
      --ticket-at WHEN   arrival (default: a simulated ticket is taken on arriving,
                         as at a ticket machine by the door) or queue (on reaching
                         the step's queue)
      --bin MIN          minutes a row of the table, 5 to 1440 (default 60)
      --seed S           random seed (default: the file's)
      --json             print the comparison as JSON
      --plot FILE.svg    write the plot: mean wait by hour, log against model
      --lang TAG         en or zh-CN
      --progress         the reading's and the simulated days' progress on standard
                         error even when it is not a terminal (Ctrl-C stops them:
                         exit 130, nothing written)
  schema            print the blueprint JSON Schema
  help              show this help

Exit codes:
  0    success
  1    the blueprint is invalid (the validator's messages are printed)
  2    usage error, or an input file that cannot be read (a log's columns too)
  3    the run could not finish
  4    an output could not be written (the event log, standard output)
  70   internal error: a bug, please report it (BLUEPRINT_LAB_DEBUG=1 prints the stack)
  130  interrupted (Ctrl-C)
  141  the output pipe closed early (e.g. | head): ends quietly, as if by SIGPIPE
Format reference: docs/blueprint-format.md
`;

const COMMANDS = ['validate', 'simulate', 'calibrate', 'backtest', 'schema'] as const;

/**
 * `blueprint-lab COMMAND --help`: that command's part of the help, its first line and the
 * indented options below it, then where the rest is. Asked for anywhere among the
 * arguments, it is answered before they are parsed (parseArgs would refuse it as unknown).
 */
export function commandHelp(command: (typeof COMMANDS)[number]): string {
  const lines = HELP.split('\n');
  const start = lines.findIndex(
    (line) => line.startsWith(`  ${command} `) || line === `  ${command}`,
  );
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('    ') && line !== '');
  const part = lines.slice(start, end).filter((line) => line !== '');
  return `Usage: blueprint-lab ${part.join('\n').trimStart()}\nExit codes and every command: blueprint-lab help\n`;
}

function asksForHelp(command: string | undefined, args: readonly string[]): boolean {
  return (
    (COMMANDS as readonly (string | undefined)[]).includes(command) &&
    args.some((arg) => arg === '--help' || arg === '-h')
  );
}

function version(): string {
  const packageJson = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return packageJson.version;
}

async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0)
    throw new UsageError('validate needs at least one FILE (or - for standard input)');
  return validateFiles(positionals, { json: values.json, strict: values.strict }, io);
}

/** An exception nobody expected is a bug: say so briefly; the stack only when asked for. */
function reportInternalError(error: unknown, io: CliIo): void {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `blueprint-lab: internal error: ${message}\n` +
      'This is a bug in blueprint-lab: please report it with the command and the file you ran it on.\n',
  );
  if (process.env.BLUEPRINT_LAB_DEBUG === '1' && error instanceof Error && error.stack)
    io.stderr.write(`${error.stack}\n`);
  else io.stderr.write('Run again with BLUEPRINT_LAB_DEBUG=1 to print the details.\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (asksForHelp(command, args)) {
    io.stdout.write(commandHelp(command as (typeof COMMANDS)[number]));
    return EXIT.ok;
  }
  try {
    switch (command) {
      case 'validate':
        return await runValidate(args, io);
      case 'simulate':
        return await runSimulate(args, io);
      case 'calibrate':
        return await runCalibrate(args, io);
      case 'backtest':
        return await runBacktestCommand(args, io);
      case 'schema':
        io.stdout.write(`${JSON.stringify(blueprintJsonSchema(), null, 2)}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case '--version':
      case '-v':
        io.stdout.write(`${version()}\n`);
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: unknown } | null)?.code?.toString().startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(
        `blueprint-lab: ${printableLines((error as Error).message)}\nRun "blueprint-lab help" for usage.\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof Interrupted) {
      io.stderr.write('blueprint-lab: interrupted\n');
      return EXIT.interrupted;
    }
    if (error instanceof OutputError) {
      io.stderr.write(`blueprint-lab: ${printable(error.message)}\n`);
      return EXIT.output;
    }
    reportInternalError(error, io);
    return EXIT.internal;
  }
}

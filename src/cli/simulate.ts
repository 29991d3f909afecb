/**
 * `blueprint-lab simulate FILE`: runs the simulator on a blueprint and prints a report,
 * or the documented results as JSON. Invalid blueprints print the validator's messages
 * and exit 1; usage errors (a --set that breaks the blueprint included) and unreadable
 * files exit 2; an event log that cannot be written exits 4.
 */
import {
  type Blueprint,
  type Finding,
  type LoadResult,
  applyDayType,
  findDayType,
  formatFinding,
  loadBlueprintText,
  loadBlueprintValue,
} from '../model/index.ts';
import { type BudgetProblem, RunBudgetError } from '../sim/budget.ts';
import { SimulationError, compile } from '../sim/compile.ts';
import type { Results } from '../sim/results.ts';
import { combineParts, withRunOptions } from '../sim/simulate.ts';
import { type LogOutcome, type LogTarget, MAX_LOG_ROWS, closeLog, openLog } from './eventLog.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { refuseInputAsOutput } from './outputFile.ts';
import { readBlueprintFile } from './readInput.ts';
import { formatReport } from './report.ts';
import { applySet } from './setPath.ts';
import { Progress } from './progress.ts';
import { type RunSettings, runReplications } from './runReplications.ts';
import { runInWorkers, splitReplications } from './runWorkers.ts';
import { type SimulateCommand, jobsFor, parseSimulateArgs } from './simulateOptions.ts';
import { printable, printableJson } from './terminalText.ts';

function printFindings(prefix: string, findings: readonly Finding[], io: CliIo): void {
  for (const finding of findings)
    io.stderr.write(`${printable(prefix + formatFinding(finding))}\n`);
}

function errorsOf(loaded: LoadResult): Finding[] {
  return loaded.findings.filter((finding) => finding.severity === 'error');
}

/**
 * The blueprint with the --set changes made. A file that is valid alone but not after
 * the changes is the command line's mistake: a UsageError naming the first --set that
 * breaks it, with the validator's findings.
 */
function withChanges(text: string, sets: readonly string[], io: CliIo): LoadResult {
  const document = JSON.parse(text) as unknown;
  for (const assignment of sets) applySet(document, assignment);
  const changed = loadBlueprintValue(document);
  if (changed.ok && errorsOf(changed).length === 0) return changed;
  const stepwise = JSON.parse(text) as unknown;
  const culprit =
    sets.find((assignment) => {
      applySet(stepwise, assignment);
      const result = loadBlueprintValue(stepwise);
      return !result.ok || errorsOf(result).length > 0;
    }) ?? sets.at(-1)!;
  printFindings('  ', errorsOf(changed).length ? errorsOf(changed) : changed.findings, io);
  throw new UsageError(`--set ${culprit} makes the blueprint invalid (see above)`);
}

/**
 * The run itself: in this thread for one job, else in worker threads. One job that writes
 * a log runs in a worker too: a run in this thread would keep Ctrl-C's handler from
 * running until the end, and Node would exit leaving the log's temporary file behind.
 */
async function execute(
  blueprint: Blueprint,
  settings: RunSettings,
  command: SimulateCommand,
  io: CliIo,
  log: LogTarget | undefined,
): Promise<{ results: Results; log?: LogOutcome }> {
  const window = compile(withRunOptions(blueprint, settings)).window; // throws SimulationError
  const jobs = jobsFor(command, window.replications);
  const progress = io.stderr.isTTY
    ? new Progress(io, window.replications, window, jobs)
    : undefined;
  try {
    const ranges = splitReplications(window.replications, jobs);
    const ran =
      jobs === 1 && !log
        ? runReplications(blueprint, settings, ranges[0]!, log, {
            done: (count) => progress?.replicationsDone(0, count),
            clock: (minutes) => progress?.clock(0, minutes),
          })
        : await runInWorkers(blueprint, settings, ranges, log, progress);
    return { results: combineParts(blueprint, settings, ran.parts), log: ran.log };
  } finally {
    progress?.end();
  }
}

export async function runSimulate(args: string[], io: CliIo): Promise<number> {
  const command = parseSimulateArgs(args);
  const { file } = command;
  if (command.log !== undefined) refuseInputAsOutput('--log', command.log, [file]);

  const input = await readBlueprintFile(file);
  if (!input.ok) {
    io.stderr.write(`${printable(`${file}: ${input.reason}`)}\n`);
    return EXIT.usage;
  }
  const original = loadBlueprintText(input.text);
  if (!original.ok || errorsOf(original).length > 0) {
    printFindings(
      `${file}: `,
      errorsOf(original).length ? errorsOf(original) : original.findings,
      io,
    );
    io.stderr.write(`${printable(file)}: cannot simulate: fix the errors above\n`);
    return EXIT.invalid;
  }
  const loaded = command.sets.length > 0 ? withChanges(input.text, command.sets, io) : original;
  if (!loaded.ok) return EXIT.invalid; // withChanges throws first; this narrows the type
  const blueprint = dayTypeAskedFor(loaded.blueprint, command.dayType);

  // A business day has no warm-up; only a steady state discards its start.
  if (
    command.warmup !== undefined &&
    command.horizon === undefined &&
    blueprint.run?.mode !== 'steady'
  ) {
    throw new UsageError('--warmup applies to a steady-state run: give --horizon too');
  }
  const settings: RunSettings = {
    replications: command.replications,
    seed: command.seed,
    horizon: command.horizon,
    warmup: command.warmup,
  };
  const log =
    command.log !== undefined
      ? openLog(command.log, {
          format: command.logFormat,
          date: command.logDate,
          language: command.language,
        })
      : undefined;
  let finished = false;
  try {
    const run = await execute(blueprint, settings, command, io, log);
    finished = true;
    // The log takes its name before the report is printed, so a reader of the report finds it.
    if (log) closeLog(log, true);
    const { results } = run;
    if (command.dayType !== undefined) results.run.dayType = command.dayType;
    if (run.log?.truncated)
      results.warnings.push({ code: 'event-log-truncated', params: { rows: MAX_LOG_ROWS } });
    io.stdout.write(
      command.json
        ? `${printableJson(JSON.stringify(results, null, 2))}\n`
        : formatReport(loaded.blueprint, results, command.language),
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof SimulationError) {
      io.stderr.write(`${printable(`${file}: cannot simulate: ${error.message}`)}\n`);
      return EXIT.invalid;
    }
    if (error instanceof RunBudgetError) {
      io.stderr.write(`${printable(`${file}: ${budgetMessage(error.problem)}`)}\n`);
      return EXIT.unfinished;
    }
    throw error;
  } finally {
    if (log && !finished) closeLog(log, false);
  }
}

/** The blueprint as it runs on the day type asked for: a UsageError naming those it has when it is not one. */
function dayTypeAskedFor(blueprint: Blueprint, dayType: string | undefined): Blueprint {
  if (dayType === undefined) return blueprint;
  if (findDayType(blueprint, dayType)) return applyDayType(blueprint, dayType);
  const known = (blueprint.dayTypes ?? []).map((type) => type.id);
  throw new UsageError(
    known.length === 0
      ? `--day-type ${dayType}: the blueprint has no day types (docs/blueprint-format.md, 3.12)`
      : `--day-type ${dayType}: not one of the blueprint's day types: ${known.join(', ')}`,
  );
}

/** The run budget's stop in plain words (docs/blueprint-format.md, 4.9). */
function budgetMessage({ code, params }: BudgetProblem): string {
  const where = `replication ${params.replication + 1}, minute ${Math.floor(params.minute)}`;
  return code === 'events'
    ? `the run could not finish: more than ${params.limit} events in one replication (${where}); does work keep starting more work, or is the run very long?`
    : `the run could not finish: more than ${params.limit} customers and pieces of work inside at once (${where}); a queue or background work grows without end`;
}

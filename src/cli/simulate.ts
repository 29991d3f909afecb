/**
 * `blueprint-lab simulate FILE`: runs the simulator on a blueprint and prints a report,
 * or the documented results as JSON, with the instant estimates beside the run's figures. Invalid blueprints print the validator's messages
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
import { withRunOptions } from '../sim/simulate.ts';
import { MAX_LOG_ROWS, closeLog, openLog } from './eventLog.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { refuseInputAsOutput } from './outputFile.ts';
import { readBlueprintFile } from './readInput.ts';
import { estimatesBeside } from './estimatesBeside.ts';
import { formatReport } from './report.ts';
import { applySet } from './setPath.ts';
import type { RunSettings } from './runReplications.ts';
import { parseSimulateArgs } from './simulateOptions.ts';
import { execute, runError } from './simulateRun.ts';
import { printable, printableJson } from './terminalText.ts';
import { runMonth } from './simulateMonth.ts';

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
  if (command.month) return runMonth(loaded.blueprint, command, io);
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
    // The estimates of the blueprint as it ran: its day type, --set and run options.
    const estimates = estimatesBeside(withRunOptions(blueprint, settings), results);
    io.stdout.write(
      command.json
        ? `${printableJson(JSON.stringify({ ...results, estimates }, null, 2))}\n`
        : formatReport(loaded.blueprint, results, command.language, estimates),
    );
    return EXIT.ok;
  } catch (error) {
    const handled = runError(file, error, io);
    if (handled !== undefined) return handled;
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

/**
 * `blueprint-lab simulate FILE`: runs the simulator on a blueprint and prints a report,
 * or the documented results as JSON. Invalid blueprints print the validator's messages
 * and exit 1; usage errors (a --set that breaks the blueprint included) and unreadable
 * files exit 2; an event log that cannot be written exits 4.
 */
import {
  type Finding,
  type LoadResult,
  formatFinding,
  loadBlueprintText,
  loadBlueprintValue,
} from '../model/index.ts';
import { SimulationError } from '../sim/compile.ts';
import { simulate } from '../sim/simulate.ts';
import { EventLog, MAX_LOG_ROWS } from './eventLog.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { refuseInputAsOutput } from './outputFile.ts';
import { readBlueprintFile } from './readInput.ts';
import { formatReport } from './report.ts';
import { applySet } from './setPath.ts';
import { parseSimulateArgs } from './simulateOptions.ts';
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

function progressBar(io: CliIo): ((done: number, total: number) => void) | undefined {
  if (!io.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(
      `\rsimulating [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} replications${done === total ? '\n' : ''}`,
    );
  };
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

  // A business day has no warm-up; only a steady state discards its start.
  if (
    command.warmup !== undefined &&
    command.horizon === undefined &&
    loaded.blueprint.run?.mode !== 'steady'
  ) {
    throw new UsageError('--warmup applies to a steady-state run: give --horizon too');
  }
  const log = command.log !== undefined ? new EventLog(command.log) : undefined;
  try {
    const results = simulate(loaded.blueprint, {
      replications: command.replications,
      seed: command.seed,
      horizon: command.horizon,
      warmup: command.warmup,
      onProgress: progressBar(io),
      ...(log ? { onEvent: (row) => log.add(row) } : {}),
    });
    if (log?.truncated) results.warnings.push(`the event log stopped at ${MAX_LOG_ROWS} rows`);
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
    throw error;
  } finally {
    log?.close();
  }
}

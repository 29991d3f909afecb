/**
 * `blueprint-lab backtest LOG --blueprint FILE`: reads a branch's queue-ticket log
 * (src/calibrate/logs, streaming), simulates the blueprint over as many business days,
 * and prints log against model hour by hour with the missed hours named
 * (docs/backtest.md); `--json` gives the comparison as data, `--plot FILE.svg` the plot.
 * Exit 1: the blueprint is invalid; 2: usage, an unreadable or unusable log or map;
 * 3: the run could not finish; 4: the plot could not be written.
 */
import {
  type Backtest,
  BacktestRun,
  HourlyWaits,
  type QueueStepProblem,
  chooseQueueStep,
  waitRecordOf,
} from '../calibrate/backtest/index.ts';
import { describeMapProblem } from '../calibrate/logs/index.ts';
import type { LogMap, LogSummary } from '../calibrate/logs/index.ts';
import {
  type Blueprint,
  DEFAULTS,
  formatFinding,
  loadBlueprintText,
  textIn,
} from '../model/index.ts';
import { RunBudgetError } from '../sim/budget.ts';
import { SimulationError } from '../sim/compile.ts';
import { backtestSvg } from './backtestPlot.ts';
import { type BacktestCommand, parseBacktestArgs } from './backtestOptions.ts';
import { formatBacktest } from './backtestReport.ts';
import { backtestWords } from './backtestWords.ts';
import { type CliIo, EXIT } from './io.ts';
import { finishOutput, openPendingOutput, refuseInputAsOutput, writeOutput } from './outputFile.ts';
import { readBlueprintFile } from './readInput.ts';
import { readLogFile, readLogMapFile } from './readLog.ts';
import { StoppableProgress } from './stoppableProgress.ts';
import { printable, printableJson, printableLines } from './terminalText.ts';

function queueStepMessage(problem: QueueStepProblem): string {
  switch (problem.code) {
    case 'step-unknown':
      return `--step ${problem.params.step}: no such step in the blueprint`;
    case 'step-without-pool':
      return `--step ${problem.params.step}: the step needs no pool, so nobody queues for it`;
    case 'queue-step-unclear':
      return problem.params.candidates.length === 0
        ? 'no step that needs a pool carries a W: name the ticket queue with --step STEP'
        : `several steps that need a pool carry a W (${problem.params.candidates.join(', ')}): name the ticket queue with --step STEP`;
  }
}

export async function runBacktestCommand(args: string[], io: CliIo): Promise<number> {
  const command = parseBacktestArgs(args);
  const inputs = [command.log, command.blueprint, ...(command.map ? [command.map] : [])];
  if (command.plot !== undefined) refuseInputAsOutput('--plot', command.plot, inputs);
  const fail = (text: string, code: number = EXIT.usage): number => {
    io.stderr.write(`${printable(text)}\n`);
    return code;
  };

  const input = await readBlueprintFile(command.blueprint);
  if (!input.ok) return fail(`${command.blueprint}: ${input.reason}`);
  const loaded = loadBlueprintText(input.text);
  const errors = loaded.findings.filter((finding) => finding.severity === 'error');
  if (!loaded.ok || errors.length > 0) {
    for (const finding of errors.length ? errors : loaded.findings)
      io.stderr.write(`${printable(`${command.blueprint}: ${formatFinding(finding)}`)}\n`);
    return fail(`${command.blueprint}: cannot back-test: fix the errors above`, EXIT.invalid);
  }
  const blueprint = loaded.blueprint;
  if (blueprint.run?.mode === 'steady')
    return fail(
      `${command.blueprint}: $.run.mode: the back-test simulates business days like the log's; this blueprint runs a steady state`,
    );
  const choice = chooseQueueStep(blueprint, command.step);
  if (!choice.ok) return fail(`${command.blueprint}: ${queueStepMessage(choice.problem)}`);

  let map: LogMap | undefined;
  if (command.map !== undefined) {
    const read = await readLogMapFile(command.map);
    if (!read.ok) return fail(`${command.map}: ${read.reason}`);
    map = read.value;
  }
  const progress = new StoppableProgress(io, command.progress || io.stderr.isTTY === true);
  let outcome;
  try {
    outcome = await observeAndSimulate(command, blueprint, choice.step, map, progress);
  } finally {
    progress.end(); // throws Interrupted after Ctrl-C: nothing is written
  }
  if (!outcome.ok) {
    for (const line of outcome.details) io.stderr.write(`${printable(line)}\n`);
    return fail(outcome.reason, outcome.code);
  }
  const { summary, seed, backtest } = outcome;
  const { comparison, unfinished } = backtest;
  const words = backtestWords(command.language);
  if (command.plot !== undefined) {
    const output = openPendingOutput(command.plot, 'the plot');
    let written = false;
    try {
      writeOutput(output.fd, backtestSvg(comparison, words), command.plot, 'the plot');
      written = true;
    } finally {
      finishOutput(output, written, 'the plot');
    }
  }
  const step = blueprint.steps.find((candidate) => candidate.id === choice.step);
  if (command.json) {
    const data = {
      log: { file: command.log, summary },
      blueprint: { file: command.blueprint, id: blueprint.id },
      queueStep: { step: choice.step, chosenBy: choice.chosenBy, ticketAt: command.ticketAt },
      seed,
      unfinished,
      comparison,
    };
    io.stdout.write(`${printableJson(JSON.stringify(data, null, 2))}\n`);
    return EXIT.ok;
  }
  io.stdout.write(
    printableLines(
      formatBacktest(
        comparison,
        {
          blueprint: command.blueprint,
          log: command.log,
          first: summary.firstDay ?? '—',
          last: summary.lastDay ?? '—',
          days: summary.days,
          used: summary.used,
          skipped: summary.skipped,
          step: choice.step,
          label: textIn(step?.label, command.language),
          chosenBy: choice.chosenBy,
          simulatedDays: comparison.simulatedDays,
          seed,
          unfinished,
        },
        words,
      ),
    ),
  );
  return EXIT.ok;
}

type Outcome =
  | { ok: true; summary: LogSummary; seed: number; backtest: Backtest }
  | { ok: false; reason: string; code: number; details: string[] };

/** Lets the event loop take a turn: a Ctrl-C pressed meanwhile is heard. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The log read into the observed hour-by-hour waits, then the blueprint simulated a day
 * a turn, with the progress drawn; both stop at Ctrl-C (then the result is not used).
 */
async function observeAndSimulate(
  command: BacktestCommand,
  blueprint: Blueprint,
  queueStep: string,
  map: LogMap | undefined,
  progress: StoppableProgress,
): Promise<Outcome> {
  const usage = (reason: string, details: string[] = []): Outcome => ({
    ok: false,
    reason,
    code: EXIT.usage,
    details,
  });
  const observed = new HourlyWaits(command.binMinutes);
  const read = await readLogFile(
    command.log,
    { map, kind: 'queue', onProgress: progress.bytes, shouldStop: progress.shouldStop },
    { onTicket: (record) => observed.add(waitRecordOf(record)) },
  );
  if (progress.shouldStop()) return usage('interrupted'); // end() throws Interrupted
  if (!read.ok) return usage(`${command.log}: ${read.reason}`);
  const result = read.value;
  if (!result.ok)
    return usage(
      `${command.log}: cannot read the log: map its columns with --map (docs/calibration-logs.md)`,
      result.problems.map(
        (problem) => `${command.log}: ${problem.path}: ${describeMapProblem(problem, 'en')}`,
      ),
    );
  const { summary } = result;
  if (summary.kind !== 'queue')
    return usage(`${command.log}: is an event log; the back-test reads queue-ticket logs`);
  if (summary.used === 0)
    return usage(
      `${command.log}: no usable tickets (${summary.skipped} of ${summary.rows} rows skipped)`,
    );

  const seed = command.seed ?? blueprint.run?.seed ?? DEFAULTS.seed;
  try {
    const run = new BacktestRun(blueprint, observed.summary(), {
      queueStep,
      ticketAt: command.ticketAt,
      seed,
    });
    // A day a turn: the simulation is synchronous, and Ctrl-C is heard between turns.
    while (run.done < run.days && !progress.shouldStop()) {
      run.simulate(1);
      progress.days(run.done, run.days);
      await nextTurn();
    }
    return { ok: true, summary, seed, backtest: run.result() };
  } catch (error) {
    if (error instanceof SimulationError)
      return {
        ok: false,
        reason: `${command.blueprint}: cannot simulate: ${error.message}`,
        code: EXIT.invalid,
        details: [],
      };
    if (error instanceof RunBudgetError)
      return {
        ok: false,
        reason: `${command.blueprint}: the run could not finish (${error.problem.code} limit)`,
        code: EXIT.unfinished,
        details: [],
      };
    throw error;
  }
}

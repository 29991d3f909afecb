/**
 * One run of `simulate` (a day, a steady state, or one day type of a month): in this
 * thread or in worker threads, and the messages of a run that could not be made.
 */
import type { Blueprint } from '../model/index.ts';
import { type BudgetProblem, RunBudgetError } from '../sim/budget.ts';
import { SimulationError, compile } from '../sim/compile.ts';
import type { Results } from '../sim/results.ts';
import { combineParts, withRunOptions } from '../sim/simulate.ts';
import type { LogOutcome, LogTarget } from './eventLog.ts';
import { type CliIo, EXIT } from './io.ts';
import { Progress } from './progress.ts';
import { type RunSettings, runReplications } from './runReplications.ts';
import { runInWorkers, splitReplications } from './runWorkers.ts';
import { type SimulateCommand, jobsFor } from './simulateOptions.ts';
import { printable } from './terminalText.ts';

/**
 * The run itself: in this thread for one job, else in worker threads. One job that writes
 * a log runs in a worker too: a run in this thread would keep Ctrl-C's handler from
 * running until the end, and Node would exit leaving the log's temporary file behind.
 */
export async function execute(
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

/** The exit code and message of a run that could not be made; undefined for any other error. */
export function runError(file: string, error: unknown, io: CliIo): number | undefined {
  if (error instanceof SimulationError) {
    io.stderr.write(`${printable(`${file}: cannot simulate: ${error.message}`)}\n`);
    return EXIT.invalid;
  }
  if (error instanceof RunBudgetError) {
    io.stderr.write(`${printable(`${file}: ${budgetMessage(error.problem)}`)}\n`);
    return EXIT.unfinished;
  }
  return undefined;
}

/** The run budget's stop in plain words (docs/blueprint-format.md, 4.9). */
function budgetMessage({ code, params }: BudgetProblem): string {
  const where = `replication ${params.replication + 1}, minute ${Math.floor(params.minute)}`;
  return code === 'events'
    ? `the run could not finish: more than ${params.limit} events in one replication (${where}); does work keep starting more work, or is the run very long?`
    : `the run could not finish: more than ${params.limit} customers and pieces of work inside at once (${where}); a queue or background work grows without end`;
}

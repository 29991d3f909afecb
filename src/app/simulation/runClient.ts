/**
 * Runs a blueprint in Web Workers: the replications are split over as many workers as the
 * machine has cores (each replication draws from its own random streams, so the split
 * does not change the results), and worker 0 combines the parts, which reach it over
 * message ports without passing through the page. Cancel terminates the workers, which
 * stops them at once; the main thread only ever waits for messages.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import { DEFAULTS, type Blueprint } from '../../model/index.ts';
import type { Month } from '../../analysis/month.ts';
import type { BudgetProblem, Results } from '../../sim/index.ts';
import type { EventLogExport, PartProgress, RunOptions, SimulationWorkerApi } from './workerApi.ts';

/** More workers than this cost memory and start-up time for little gain. */
const MAX_WORKERS = 8;

export interface RunProgress {
  done: number;
  total: number;
  /** The simulated clock of a replication under way (minutes), when one has reported. */
  clock: number | null;
  workers: number;
  /** In a month's run: the day type under way, the `index`-th (from 0) of `count`. */
  day?: { index: number; count: number; dayType: string };
}

export type RunOutcome =
  /** A month's run also has its month; `results` are then its first day type's. */
  | { kind: 'done'; results: Results; month?: Month; milliseconds: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string; problem?: BudgetProblem };

/** A part stopped by the engine's run budget, carried to the outcome. */
class BudgetStop extends Error {
  constructor(readonly problem: BudgetProblem) {
    super(`run budget reached: ${problem.code}`);
  }
}

export interface RunHandle {
  outcome: Promise<RunOutcome>;
  cancel: () => void;
}

export function replicationsOf(blueprint: Blueprint, options: RunOptions): number {
  return options.replications ?? blueprint.run?.replications ?? DEFAULTS.replications;
}

/** How many workers a run of `replications` gets on this machine. */
export function workerCount(replications: number, cores = navigator.hardwareConcurrency): number {
  return Math.max(1, Math.min(cores || 2, replications, MAX_WORKERS));
}

/** Replications split into contiguous parts, as even as whole numbers allow. */
export function splitReplications(
  total: number,
  parts: number,
): { first: number; count: number }[] {
  const base = Math.floor(total / parts);
  const extra = total % parts;
  let first = 0;
  return Array.from({ length: parts }, (_, i) => {
    const count = base + (i < extra ? 1 : 0);
    const part = { first, count };
    first += count;
    return part;
  });
}

interface WorkerHandle {
  worker: Worker;
  api: Remote<SimulationWorkerApi>;
  /** Rejects when the worker itself fails (a script error), which comlink cannot report. */
  crashed: Promise<never>;
}

function spawnWorker(): WorkerHandle {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'the simulation worker stopped')),
    );
  });
  crashed.catch(() => undefined); // observed through Promise.race below
  return { worker, api: wrap<SimulationWorkerApi>(worker), crashed };
}

export function startRun(
  blueprint: Blueprint,
  options: RunOptions,
  onProgress: (progress: RunProgress) => void,
): RunHandle {
  const total = replicationsOf(blueprint, options);
  const ranges = splitReplications(total, workerCount(total));
  const workers = ranges.map(spawnWorker);
  const doneByPart = ranges.map(() => 0);
  let clock: number | null = null;
  let settled = false;
  let resolveCancel: (outcome: RunOutcome) => void = () => undefined;
  const cancelled = new Promise<RunOutcome>((resolve) => (resolveCancel = resolve));
  const stopAll = () => workers.forEach(({ worker }) => worker.terminate());
  const report = () =>
    onProgress({
      done: doneByPart.reduce((a, b) => a + b, 0),
      total,
      clock,
      workers: workers.length,
    });

  const run = async (): Promise<RunOutcome> => {
    const started = performance.now();
    const crash = Promise.race(workers.map((w) => w.crashed));
    report();
    // One channel per part, from the worker running it to worker 0, which combines.
    const channels = ranges.map(() => new MessageChannel());
    const combined = workers[0]!.api.combineFrom(
      blueprint,
      options,
      transfer(
        channels.map((channel) => channel.port1),
        channels.map((channel) => channel.port1),
      ),
    );
    const partsRun = ranges.map((range, i) =>
      workers[i]!.api.runPartInto(
        blueprint,
        { ...options, ...range },
        proxy((progress: PartProgress) => {
          if (settled) return;
          doneByPart[i] = Math.max(doneByPart[i]!, progress.done);
          if (progress.clock !== null) clock = progress.clock;
          report();
        }),
        transfer(channels[i]!.port2, [channels[i]!.port2]),
      ).then((problem) => {
        if (problem) throw new BudgetStop(problem);
        // A part's last progress call may arrive after its run has returned: count the
        // part whole now, so the bar ends at the total whatever order the messages took.
        if (!settled) {
          doneByPart[i] = range.count;
          report();
        }
      }),
    );
    const [results] = await Promise.race([Promise.all([combined, ...partsRun]), crash]);
    return { kind: 'done', results, milliseconds: performance.now() - started };
  };

  const outcome = Promise.race([
    run().catch((error: unknown): RunOutcome => ({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof BudgetStop ? { problem: error.problem } : {}),
    })),
    cancelled,
  ]).then((result) => {
    settled = true;
    stopAll();
    return result;
  });

  return {
    outcome,
    cancel: () => {
      if (settled) return;
      settled = true;
      stopAll();
      resolveCancel({ kind: 'cancelled' });
    },
  };
}

/** The first replication's event log, made in a worker of its own. */
export async function exportEventLog(
  blueprint: Blueprint,
  options: RunOptions,
  maxRows: number,
): Promise<EventLogExport> {
  const { worker, api, crashed } = spawnWorker();
  try {
    return await Promise.race([api.eventLog(blueprint, options, maxRows), crashed]);
  } finally {
    worker.terminate();
  }
}

/**
 * A month of day types in the app, as `simulate --month` makes it: each of the blueprint's
 * day types run in turn in the workers (day type k with the seed + k, the same
 * replications), progress counted over all of them, Cancel stopping the day under way
 * and those still to come. The month itself is made by the core (src/analysis/month.ts).
 */
import { type MonthDay, month, monthRuns } from '../../analysis/month.ts';
import { DEFAULTS, type Blueprint } from '../../model/index.ts';
import { type RunHandle, type RunOutcome, type RunProgress, replicationsOf } from './runClient.ts';
import { type RunOptions, withoutMonth } from './workerApi.ts';

/** Starts one day's run: runClient.startRun in the app, the engine itself in tests. */
export type DayStarter = (
  blueprint: Blueprint,
  options: RunOptions,
  onProgress: (progress: RunProgress) => void,
) => RunHandle;

/** True when the options ask for a month and the blueprint can make one. */
export function runsMonth(blueprint: Blueprint, options: RunOptions): boolean {
  return options.month === true && Array.isArray(monthRuns(blueprint, 0));
}

export function startMonthRun(
  blueprint: Blueprint,
  options: RunOptions,
  onProgress: (progress: RunProgress) => void,
  startDay: DayStarter,
): RunHandle {
  const seed = options.seed ?? blueprint.run?.seed ?? DEFAULTS.seed;
  const replications = replicationsOf(blueprint, options);
  const runs = monthRuns(blueprint, seed);
  if (!Array.isArray(runs)) return startDay(blueprint, withoutMonth(options), onProgress);
  let current: RunHandle | null = null;
  let stopped = false;

  const run = async (): Promise<RunOutcome> => {
    const days: (MonthDay & { seed: number })[] = [];
    let milliseconds = 0;
    for (const [index, day] of runs.entries()) {
      if (stopped) return { kind: 'cancelled' };
      // The whole blueprint with the day chosen: the worker applies it and names the day in the results.
      current = startDay(blueprint, { replications, seed: day.seed, dayType: day.dayType }, (p) =>
        onProgress({
          ...p,
          done: index * replications + p.done,
          total: runs.length * replications,
          day: { index, count: runs.length, dayType: day.dayType },
        }),
      );
      const outcome = await current.outcome;
      if (outcome.kind !== 'done') return outcome;
      milliseconds += outcome.milliseconds;
      days.push({ ...day, results: outcome.results });
    }
    const made = month(blueprint.id, { replications, seed }, days);
    return { kind: 'done', results: days[0]!.results, month: made, milliseconds };
  };

  return {
    outcome: run(),
    cancel: () => {
      stopped = true;
      current?.cancel();
    },
  };
}

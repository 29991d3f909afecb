/**
 * The fitting library's share of calibrating a million-row log: how fast the collectors
 * take rows and how long the fits take once the rows are in. Fixed, seeded inputs made
 * before the clock starts, so only the library is timed. Part of `npm run bench`.
 */
import {
  ArrivalCounts,
  DurationSample,
  PatienceSample,
  WindowActivity,
  fitArrivalRates,
  fitDurations,
  fitPatience,
  fitStaffing,
} from '../src/analysis/fit/index.ts';
import { Random } from '../src/sim/random.ts';

export interface FitFigures {
  rows: number;
  durationRowsPerSecond: number;
  fitDurationsSeconds: number;
  /** Each row counted once in arrivals, patience and window activity. */
  otherRowsPerSecond: number;
  otherFitsSeconds: number;
}

export function benchFit(rows = 1_000_000): FitFigures {
  const random = new Random(1, 0, 'bench-fit');
  const minutes = new Float64Array(rows);
  const clock = new Float64Array(rows);
  const abandoned = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    minutes[i] = -3 * Math.log(random.next()) * (0.5 + random.next());
    clock[i] = 540 + 480 * random.next();
    abandoned[i] = random.next() < 0.1 ? 1 : 0;
  }
  const dates = Array.from({ length: 28 }, (_, d) => `2026-03-${String(d + 1).padStart(2, '0')}`);
  const windows = Array.from({ length: 8 }, (_, w) => `W${w + 1}`);

  let start = performance.now();
  const sample = new DurationSample();
  for (let i = 0; i < rows; i++) sample.add(minutes[i]!);
  const durationSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  fitDurations(sample);
  const fitDurationsSeconds = (performance.now() - start) / 1000;

  start = performance.now();
  const arrivals = new ArrivalCounts({ binMinutes: 30, from: 540, to: 1020 });
  const patience = new PatienceSample();
  const activity = new WindowActivity({ binMinutes: 30, from: 540, to: 1020 });
  for (let i = 0; i < rows; i++) {
    const date = dates[i % dates.length]!;
    arrivals.add(date, clock[i]!);
    patience.add(minutes[i]!, abandoned[i] === 1);
    activity.add(
      date,
      clock[i]!,
      Math.min(1020, clock[i]! + minutes[i]!),
      windows[i % windows.length]!,
    );
  }
  const otherSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  fitArrivalRates(arrivals, { groupBy: 'weekday' });
  fitPatience(patience);
  fitStaffing(activity);
  const otherFitsSeconds = (performance.now() - start) / 1000;

  return {
    rows,
    durationRowsPerSecond: rows / durationSeconds,
    fitDurationsSeconds,
    otherRowsPerSecond: rows / otherSeconds,
    otherFitsSeconds,
  };
}

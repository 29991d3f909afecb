/**
 * `npm run bench`: how fast the engine runs, and that its memory does not grow with the
 * number of customers. A measurement, not a test: it prints one figure a line as
 * `name value unit` (for scripts and for comparing runs) and exits 0.
 *
 *   tsx scripts/bench.ts [--only mm3,deposit,steps200,memory,fit]
 *
 * Every model is fixed and seeded, so two runs do the same work and differ only in time.
 * Speeds are per second of processor time (user and system, process.cpuUsage), which
 * leaves out the time other jobs on a shared machine had the processor.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bareLoop } from './benchBareLoop.ts';
import { benchFit } from './benchFit.ts';
import {
  type CpuTiming,
  type Measurement,
  alternatingRounds,
  countEvents,
  cpuSpeed,
  customersOf,
  fastest,
  measure,
  median,
} from './benchMeasure.ts';
import { loadBlueprintValue } from '../src/model/index.ts';
import { MM3_PER_MINUTE, checked, loadChecked, mm3, steady } from './benchModels.ts';
import { statsLoop } from './benchStatsLoop.ts';
import { steps200 } from './benchSteps200.ts';

const MODELS = ['mm3', 'deposit', 'steps200', 'memory', 'fit'] as const;

function selected(): Set<string> {
  const at = process.argv.indexOf('--only');
  if (at < 0) return new Set(MODELS);
  const names = (process.argv[at + 1] ?? '').split(',');
  const unknown = names.filter((name) => !(MODELS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`unknown model ${unknown.join(', ')}; choose from ${MODELS.join(', ')}`);
    process.exit(2);
  }
  return new Set(names);
}

function line(name: string, value: number, digits: number, unit: string): void {
  console.log(`${name} ${value.toFixed(digits)} ${unit}`);
}

function report(name: string, m: Measurement): void {
  const perSecond = m.customers / m.cpuSeconds;
  line(`${name}.customers_per_second`, perSecond, 0, 'customers/s');
  line(`${name}.events_per_second`, perSecond * m.eventsPerCustomer, 0, 'events/s');
  line(`${name}.events_per_customer`, m.eventsPerCustomer, 3, 'events/customer');
  line(`${name}.customers`, m.customers, 0, 'customers');
  line(`${name}.cpu_seconds`, m.cpuSeconds, 2, 's');
}

interface MemoryFigures {
  customers: number;
  heapMB: number;
  arrayBuffersMB: number;
  peakRssMB: number;
}

/** One child process per size, so neither run's garbage or JIT state affects the other. */
function memoryRun(customers: number): MemoryFigures {
  const helper = fileURLToPath(new URL('./benchMemory.ts', import.meta.url));
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', helper, String(customers)],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`memory run failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as MemoryFigures;
}

/**
 * M/M/3 at ρ = 0.9 through the engine, as the bare loop (benchBareLoop.ts) and as the
 * bare loop keeping the engine's statistics (benchStatsLoop.ts), in turns: 25 rounds of
 * one steady replication of 40 000 minutes (~108 000 customers) each, timed by processor
 * time. Each speed is its fastest round; a share is the median over the rounds of a
 * speed over the bare loop's in the same round, both measured in this process at nearly
 * the same time, so it holds on any machine and from run to run. The statistics loop's
 * share is the ceiling of the engine's: no engine that reports those figures is faster.
 */
function mm3AgainstBareLoop(): void {
  const horizon = 40_000;
  const seed = 2026;
  const blueprint = mm3(steady(horizon, 1, seed));
  const textbook = { perMinute: MM3_PER_MINUTE, serviceMean: 1, servers: 3 };
  // Warm-up (untimed, so the JIT has compiled both hot loops) and the engine's events.
  customersOf(blueprint, { horizon: 100_000 });
  bareLoop(textbook, 100_000, seed, 1);
  statsLoop(textbook, 100_000, seed, 1);
  const counted = countEvents(blueprint, { horizon: 100_000 });
  const [engine, bare, withStats] = alternatingRounds(25, [
    () => customersOf(blueprint, {}),
    () => bareLoop(textbook, horizon, seed, 0).customers,
    () => statsLoop(textbook, horizon, seed, 0).customers,
  ]);
  const best = fastest(engine!);
  report('mm3', { ...best, eventsPerCustomer: counted.events / counted.customers });
  line('mm3.bare_loop_customers_per_second', cpuSpeed(fastest(bare!)), 0, 'customers/s');
  const shareOf = (runs: CpuTiming[]): number =>
    median(runs.map((run, round) => cpuSpeed(run) / cpuSpeed(bare![round]!)));
  line('mm3.share_of_bare_loop', shareOf(engine!), 2, 'ratio');
  line('mm3.stats_loop_customers_per_second', cpuSpeed(fastest(withStats!)), 0, 'customers/s');
  line('mm3.stats_loop_share_of_bare_loop', shareOf(withStats!), 2, 'ratio');
}

const only = selected();
const started = process.hrtime.bigint();

if (only.has('mm3')) {
  mm3AgainstBareLoop();
}
if (only.has('deposit')) {
  // The blueprint as written (business days, 09:00–17:00, ~367 arrivals a day), with
  // more replications: 2 700 independent days ≈ 1 million customers. Not a steady run,
  // because a day from empty to empty, lunch schedule included, is what users simulate.
  const deposit = loadChecked('blueprints/counter-deposit.json');
  report('deposit', measure(deposit, { replications: 100 }, { replications: 2_700 }));
}
if (only.has('steps200')) {
  // ~100 000 customers of ~160 events each: 2 steady replications of 100 000 minutes at
  // 0.5 a minute. Checked like a file from disk, so the bench never runs a broken model.
  const generated = steps200(0.5, steady(100_000, 2));
  const blueprint = checked(loadBlueprintValue(generated), 'the generated 200-step blueprint');
  report('steps200', measure(blueprint, { horizon: 10_000, replications: 1 }, {}));
}
if (only.has('memory')) {
  const small = memoryRun(1e5);
  const large = memoryRun(1e7);
  line('memory.customers_1e5', small.customers, 0, 'customers');
  line('memory.customers_1e7', large.customers, 0, 'customers');
  line('memory.heap_1e5', small.heapMB, 1, 'MB');
  line('memory.heap_1e7', large.heapMB, 1, 'MB');
  line('memory.heap_ratio', large.heapMB / small.heapMB, 3, 'x');
  line('memory.array_buffers_1e5', small.arrayBuffersMB, 2, 'MB');
  line('memory.array_buffers_1e7', large.arrayBuffersMB, 2, 'MB');
  line('memory.peak_rss_1e5', small.peakRssMB, 1, 'MB');
  line('memory.peak_rss_1e7', large.peakRssMB, 1, 'MB');
  line('memory.peak_rss_ratio', large.peakRssMB / small.peakRssMB, 3, 'x');
}
if (only.has('fit')) {
  // The fitting library alone on a million rows (src/analysis/fit): collecting, then fitting.
  const fit = benchFit();
  line('fit.rows', fit.rows, 0, 'rows');
  line('fit.durations_rows_per_second', fit.durationRowsPerSecond, 0, 'rows/s');
  line('fit.fit_durations_seconds', fit.fitDurationsSeconds, 3, 's');
  line('fit.arrivals_patience_windows_rows_per_second', fit.otherRowsPerSecond, 0, 'rows/s');
  line('fit.arrivals_patience_windows_fits_seconds', fit.otherFitsSeconds, 3, 's');
}
line('bench.total_seconds', Number(process.hrtime.bigint() - started) / 1e9, 1, 's');

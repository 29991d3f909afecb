/**
 * Timing one model through the public `simulate()` entry, and counting its engine events.
 *
 * Events are not counted in the timed run: `simulate()` offers no event counter, src/sim
 * is not to be changed for the bench, and its `onEvent` hook reports log rows (arrive,
 * start, end, …), not queue events, at a cost that would distort the timing. Instead a
 * separate, shorter run of the same model drives `Simulation.step()` itself and counts
 * the events it handles exactly: one call handles one queued event (arrival, service
 * end, renege, capacity change, …). Events per customer from that run times customers/s
 * of the timed run gives events/s; the ratio is stable for these stationary models.
 */
import type { Blueprint } from '../src/model/index.ts';
import { compile } from '../src/sim/compile.ts';
import { Simulation } from '../src/sim/engine.ts';
import { type SimulateOptions, simulate, withRunOptions } from '../src/sim/simulate.ts';

export interface Measurement {
  customers: number;
  /** Processor time of the timed run (user and system). */
  cpuSeconds: number;
  eventsPerCustomer: number;
}

/** Customers who arrived (served, abandoned or still inside at the end), all replications. */
export function customersOf(blueprint: Blueprint, options: SimulateOptions): number {
  const results = simulate(blueprint, options);
  return results.system.arrived * results.run.replications;
}

/** Engine events and arrivals of a run, counted by stepping the engine directly. */
export function countEvents(
  blueprint: Blueprint,
  options: SimulateOptions,
): { events: number; customers: number } {
  const model = compile(withRunOptions(blueprint, options));
  let events = 0;
  let customers = 0;
  for (let r = 0; r < model.window.replications; r++) {
    const simulation = new Simulation(model, r);
    while (simulation.step()) events++;
    // step() returns false either without handling anything (the clock passed the end:
    // it then stands at hardEnd) or after the event that emptied a business day.
    if (simulation.now < model.window.hardEnd) events++;
    customers += simulation.stats.system.arrived;
  }
  return { events, customers };
}

/**
 * Warm-up run (untimed, so the JIT has compiled the hot paths), event count on the small
 * run, then the timed full run.
 */
export function measure(
  blueprint: Blueprint,
  small: SimulateOptions,
  full: SimulateOptions,
): Measurement {
  customersOf(blueprint, small);
  const counted = countEvents(blueprint, small);
  const { customers, cpuSeconds } = cpuTimed(() => customersOf(blueprint, full));
  return { customers, cpuSeconds, eventsPerCustomer: counted.events / counted.customers };
}

/** A run's work and the processor time it took (user and system, every thread of the process). */
export interface CpuTiming {
  customers: number;
  cpuSeconds: number;
}

function cpuTimed(run: () => number): CpuTiming {
  const start = process.cpuUsage();
  const customers = run();
  const used = process.cpuUsage(start);
  return { customers, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Customers per second of processor time. */
export function cpuSpeed(timing: CpuTiming): number {
  return timing.customers / timing.cpuSeconds;
}

/**
 * Times several runs against each other by processor time: `rounds` rounds, each running
 * every one of them once, in turn; returns each run's timings, one per round. Processor
 * time leaves out the spells when other jobs had the core, which wall time counts; what
 * remains of their effect (shared caches, a core's other thread) only ever slows a run,
 * and interleaving exposes every run to the same spells.
 */
export function alternatingRounds(rounds: number, runs: (() => number)[]): CpuTiming[][] {
  const timings: CpuTiming[][] = runs.map(() => []);
  for (let round = 0; round < rounds; round++)
    runs.forEach((run, index) => timings[index]!.push(cpuTimed(run)));
  return timings;
}

/** The timing with the most customers per second of processor time: the least disturbed. */
export function fastest(timings: readonly CpuTiming[]): CpuTiming {
  return timings.reduce((best, t) => (cpuSpeed(t) > cpuSpeed(best) ? t : best));
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

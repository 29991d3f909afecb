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
  wallSeconds: number;
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
  const { customers, wallSeconds } = timed(() => customersOf(blueprint, full));
  return { customers, wallSeconds, eventsPerCustomer: counted.events / counted.customers };
}

/** A run that returns the customers it simulated, timed. */
export interface Timing {
  customers: number;
  wallSeconds: number;
}

function timed(run: () => number): Timing {
  const start = process.hrtime.bigint();
  const customers = run();
  return { customers, wallSeconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/**
 * Times several runs against each other: `rounds` rounds, each running every one of
 * them once, in turn, and keeps each run's fastest round. Other work on the machine only
 * ever slows a run down, so the fastest round is the closest to the run's own speed, and
 * interleaving exposes every run to the same spells of load.
 */
export function fastestOfRounds(rounds: number, runs: (() => number)[]): Timing[] {
  const best: Timing[] = runs.map(() => ({ customers: 0, wallSeconds: Infinity }));
  for (let round = 0; round < rounds; round++) {
    runs.forEach((run, index) => {
      const timing = timed(run);
      if (timing.customers / timing.wallSeconds > best[index]!.customers / best[index]!.wallSeconds)
        best[index] = timing;
    });
  }
  return best;
}

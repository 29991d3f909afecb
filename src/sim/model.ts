/**
 * The compiled model: the blueprint flattened into index-based tables for the hot loop
 * (steps, pools, classes and arrival streams by number, routes as cumulative
 * probabilities). Built once per run by compile.ts; read-only afterwards.
 */
import type { Sampler } from './distributions.ts';

export const enum OnFailure {
  None,
  Retry,
  Goto,
  Leave,
}

/**
 * A branch taken by the length of a queue (a flow's `when`): at the moment the customer
 * leaves the step, when at least `atLeast` wait for `pool`, the customer goes to `target`
 * instead of drawing among the route's other branches.
 */
export interface Diversion {
  target: number;
  /** The pool whose line is read (the `queueAt` step's). */
  pool: number;
  atLeast: number;
  /** Taking it counts as a failure of the step (`failing`). */
  failing: boolean;
  /** Index in CompiledModel.diversions, where it is counted. */
  counter: number;
}

/** A flow with a queue condition, by its place in the results. */
export interface DiversionFlow {
  flowId: string;
  from: number;
  to: number;
  queueAt: number;
  atLeast: number;
}

export interface Route {
  /** Step indices of the branches open to the class (a diversion's target not among them). */
  targets: Int32Array;
  /** Cumulative chances, the last one 1. */
  cumulative: Float64Array;
  /** Per branch: 1 when taking it counts as a failure of the step (`failing`); null when none does. */
  failing: Uint8Array | null;
  /** The branch a long enough queue sends the customer to, or null. */
  divert: Diversion | null;
}

/** Every step a route can lead to: its branches and its diversion's target. */
export function routeTargets(route: Route): number[] {
  return route.divert ? [...route.targets, route.divert.target] : [...route.targets];
}

/** Missed tickets at a step's queue (`missedCall`), compiled. */
export interface CompiledMissedCall {
  /** Per class index: the chance a customer called from the queue is not there. */
  chance: Float64Array;
  /** Minutes the units spend calling an absent customer. */
  callTime: Sampler;
  /** Tickets of their priority the returning customer is put behind; Infinity: the back. */
  after: number;
  /** Chance the customer comes back to be queued again (0: the ticket is void). */
  returnChance: number;
}

export interface BackgroundStart {
  target: number;
  /** Per class index: the chance a customer of that class starts this work (0: never). */
  chance: Float64Array;
}

export interface CompiledStep {
  index: number;
  id: string;
  duration: Sampler | null;
  /**
   * Per class index, where some class has its own duration (`classDuration`): the
   * sampler each class takes. Null when every class takes `duration`, so that the
   * one-class path reads one field.
   */
  classDuration: (Sampler | null)[] | null;
  pool: number;
  units: number;
  keepUntil: number;
  /**
   * The customer's remembered unit this step waits for (`sameUnitAs`): the slot in their
   * memory of units (Customers.unitMemory) the named step writes; -1: any unit.
   */
  sameUnit: number;
  /** The slot this step writes the unit that serves the customer to, for a later `sameUnitAs`; -1: none. */
  anchor: number;
  failProbability: number;
  /** Per class index, where some class has its own chance of failing; else null. */
  classFailProbability: Float64Array | null;
  /**
   * Nobody gives up or turns away in this step's queue: only the customer's file waits
   * here (`customerPresent: false`), or the customer has an appointment (`resource.booked`).
   */
  patienceExempt: boolean;
  /**
   * Per class index, the level of the pool's line a customer of the class joins at this
   * step (0 served first): the class's priority level, or for a booked step the level
   * just ahead of it, where booked customers wait first come, first served. Empty for a
   * step without a pool.
   */
  levelOfClass: Int32Array;
  onFailure: OnFailure;
  failTarget: number;
  /** A goto failure sends the customer to the front of the next queue they join. */
  rejoinFront: boolean;
  maxRetries: number;
  /**
   * A step done as one batch a day (`batch`): the minute of day its pool works through
   * the pile (closing resolved to the run's close); null: done per customer.
   */
  batchMinute: number | null;
  /** Missed tickets at this step's queue, or null: the common path reads one field. */
  missedCall: CompiledMissedCall | null;
  exit: boolean;
  /**
   * Index in OUTCOMES of how a visit that ends here ends: the exit's outcome, or
   * completed for a step the visit ends at without being an exit (a dead end).
   */
  outcome: number;
  /** Per class index; an empty route ends the visit. */
  routes: Route[];
  background: BackgroundStart[];
  /**
   * Pools that serve this step's queue when idle (`alsoServes` naming the step's pool), in
   * the order tried; null when none does or the step keeps its units to a later step.
   */
  lenders: Int32Array | null;
}

/** The duration a customer of the class takes at the step (null: no time). */
export function durationOf(step: CompiledStep, classIndex: number): Sampler | null {
  return step.classDuration === null ? step.duration : step.classDuration[classIndex]!;
}

/** The chance one attempt at the step fails for a customer of the class. */
export function failChanceOf(step: CompiledStep, classIndex: number): number {
  return step.classFailProbability === null
    ? step.failProbability
    : step.classFailProbability[classIndex]!;
}

export interface CompiledPool {
  index: number;
  id: string;
  /** Capacity outside the schedule periods. */
  baseCapacity: number;
  /** Capacity changes within a day: minute of day → capacity, sorted by minute. */
  changes: { minute: number; capacity: number }[];
  /**
   * Line level of a walk-in per class index (0 served first): the class's priority level,
   * all the same for FIFO. In a pool with booked steps every priority level has a booked
   * level just ahead of it (`levelCount` doubles): a walk-in's level is then odd.
   */
  levelOfClass: Int32Array;
  levelCount: number;
  costPerHour: number;
  /**
   * Minute of day when the latest schedule period with units ends (0 without one): a shift
   * that goes on after closing extends the pool's hours in a business day.
   */
  lastShiftEnd: number;
  /**
   * Pools whose queues this pool takes from, in order, when it has a unit free and its own
   * queue is empty (`alsoServes`); empty for almost every pool.
   */
  alsoServes: Int32Array;
  /**
   * Pools whose queues this pool calls from before its own when it has a unit free
   * (`servesFirst`); empty for almost every pool.
   */
  servesFirst: Int32Array;
  /**
   * Its units are told apart (some step of it asks for the same unit, `sameUnitAs`): they
   * are numbered and the queue is served unit by unit (unitRoster.ts). False for almost
   * every pool, whose units are only counted.
   */
  unitsTold: boolean;
  /** Some step it serves (its own or one it also serves) takes more than one unit. */
  multiUnit: boolean;
}

export interface CompiledClass {
  index: number;
  id: string;
  patience: Sampler | null;
  /** Minutes of each wait before the patience drawn starts to count (`patienceShift`); 0: none. */
  patienceShift: number;
  balkAt: number;
  target: { minutes: number; measure: 'wait' | 'timeInSystem'; share: number | null } | null;
}

export interface RatePeriod {
  /** Minutes of day. */
  from: number;
  to: number;
  perMinute: number;
}

export type StreamShape =
  | { kind: 'rate'; periods: RatePeriod[]; constant: boolean }
  | {
      kind: 'appointments';
      /** Minutes of day, one entry per booked customer. */
      bookings: number[];
      noShow: number;
      lateness: Sampler | null;
    };

export interface CompiledStream {
  /** Random stream name: stable across edits elsewhere. */
  name: string;
  entry: number;
  /** Fixed class index, or -1 to draw by `shares` (appointments shared among classes). */
  classIndex: number;
  shares: Float64Array;
  shape: StreamShape;
}

export interface RunWindow {
  mode: 'day' | 'steady';
  /** Absolute clock minutes: a day run starts at opening time, a steady run at 0 (00:00). */
  start: number;
  /** Arrivals stop (doors close, or the horizon ends). */
  arrivalsEnd: number;
  /** Statistics start (after warm-up). */
  statsStart: number;
  /** Steady runs stop here; day runs go on until everyone has left. */
  hardEnd: number;
  replications: number;
  seed: number;
}

export interface CompiledModel {
  steps: CompiledStep[];
  pools: CompiledPool[];
  classes: CompiledClass[];
  streams: CompiledStream[];
  window: RunWindow;
  /** The flows taken by a queue's length, each counted (empty when there are none). */
  diversions: DiversionFlow[];
  /** Steps whose unit a later step asks for (`sameUnitAs`): each customer remembers this many units. */
  anchors: number;
}

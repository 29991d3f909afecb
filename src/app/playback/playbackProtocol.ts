/**
 * Messages between the page and the playback worker. Plain data only. Every request gets
 * exactly one `frame` reply (or an `error`), in order, so the page can count what is in
 * flight.
 */
import type { Blueprint } from '../../model/index.ts';
import type { BudgetProblem, EventName, Snapshot } from '../../sim/index.ts';
import type { RecentWait } from './recentWaits.ts';

/** One of the engine's own events, as its listener reported it. */
export interface PlaybackEvent {
  caseId: number;
  classIndex: number;
  stepIndex: number;
  event: EventName;
  /** Clock minutes. */
  time: number;
  /** Background work started by this case, not the customer. */
  background: boolean;
}

/** What the page needs to know about the compiled model to draw it. */
export interface PlaybackInfo {
  /**
   * `rejoinFront`: a failure here sends the customer to the front of the next queue
   * (rejoin); `recallAfter`: a missed ticket here comes back behind this many of its
   * priority (-1: at the back; absent: the step has no missed tickets); `pile`: the step is
   * done as one batch a day, so what waits there is items on its pile, not people.
   */
  steps: { id: string; pool: number; rejoinFront: boolean; recallAfter?: number; pile?: true }[];
  pools: { id: string; levelOfClass: number[] }[];
  classes: { id: string }[];
  mode: 'day' | 'steady';
  /** Clock minutes: opening time (day) or 0 (steady). */
  start: number;
  /** Clock minutes: doors close / the horizon ends. */
  arrivalsEnd: number;
  seed: number;
  /** The day's busiest total arrival rate (per hour), when it is busier than its quietest: the "lunch peak" switch. */
  peakPerHour: number | null;
}

/** The trainer's live changes in force (playback only: the blueprint is untouched). */
export interface LiveSettings {
  /** Pools the trainer holds at a number of units, by pool id. */
  heldUnits: Record<string, number>;
  /** The trainer's own factor on every arrival rate. */
  rateFactor: number;
  /** Arrivals at the day's busiest rate from the moment it was switched on. */
  peak: boolean;
}

/** One live change, as the trainer made it (kept with its time to replay the lesson). */
export type LiveChange =
  | { kind: 'units'; pool: string; units: number }
  | { kind: 'schedule'; pool: string }
  | { kind: 'rate'; factor: number }
  | { kind: 'peak'; on: boolean }
  | { kind: 'reset' };

/** A live change and the clock minute the engine was at when it applied. */
export interface TimedLiveChange {
  at: number;
  change: LiveChange;
}

export interface PoolState {
  capacity: number;
  busy: number;
  waiting: number;
}

/** The engine's state at `clock`, after the events listed. */
export interface PlaybackFrame {
  type: 'frame';
  /** The request this answers. */
  request: number;
  clock: number;
  finished: boolean;
  events: PlaybackEvent[];
  counters: Snapshot['counters'];
  pools: Record<string, PoolState>;
  /** Tokens waiting (customers and background work), by the step they wait at. */
  queueLengths: Record<string, number>;
  /** Customers waiting in every queue together (background work and batch items left out). */
  waiting: number;
  /**
   * Items not yet begun at each step done as one batch a day, by step: on its pile, or taken
   * by its pool and waiting for a unit (those are in `queueLengths` too).
   */
  piles: Record<string, number>;
  live: LiveSettings;
  /** The live changes since opening time, in order (restart and going back in time clear them). */
  history: TimedLiveChange[];
  /** The customers served in the last half hour of the clock (recentWaits.ts). */
  recent: RecentWait;
  /** The arrival rate in force now, per hour (all streams together; 0 when the doors are shut). */
  arrivalsPerHour: number;
  /** Sent when the page must redraw from scratch (a start, a restart, a jump). */
  reset?: { info: PlaybackInfo; snapshot: Snapshot };
  /** The whole state, when asked for (the honesty check). */
  snapshot?: Snapshot;
}

export type PlaybackRequest = { request: number } & (
  | {
      type: 'start';
      blueprint: Blueprint;
      seed: number | null;
      /** A kept lesson: its live changes made again at their times, then on to `clock`. */
      replay?: { changes: TimedLiveChange[]; clock: number };
    }
  | { type: 'advance'; to: number }
  | { type: 'step' }
  | { type: 'jump'; to: number }
  | { type: 'setUnits'; pool: string; units: number }
  | { type: 'followSchedule'; pool: string }
  | { type: 'setRateFactor'; factor: number }
  | { type: 'setPeak'; on: boolean }
  | { type: 'resetLive' }
  | { type: 'snapshot' }
);

export interface PlaybackError {
  type: 'error';
  request: number;
  message: string;
  /** Set when the engine's run budget stopped the playback: data for the page to word. */
  budget?: BudgetProblem;
}

export type PlaybackReply = PlaybackFrame | PlaybackError;

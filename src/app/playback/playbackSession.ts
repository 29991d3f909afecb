/**
 * One replication of a blueprint, driven by the page for trainer playback: advance the
 * engine to a clock time, one event at a time, or jump; apply the trainer's live changes
 * at the engine's current time. Pure (no messages, no timers): the worker wraps it, the
 * tests drive it directly.
 *
 * The engine is never ahead of what the page shows: the page asks for the time it is
 * about to display and draws what comes back. So a live change applies at exactly the
 * moment on the clock, and a paused picture is the engine's state, not an estimate.
 */
import type { Blueprint } from '../../model/index.ts';
import {
  type CompiledModel,
  Simulation,
  compile,
  snapshot,
  withRunOptions,
} from '../../sim/index.ts';
import type {
  LiveChange,
  LiveSettings,
  PlaybackEvent,
  PlaybackFrame,
  PlaybackInfo,
  TimedLiveChange,
} from './playbackProtocol.ts';
import { RecentWaits } from './recentWaits.ts';

const DAY = 1440;

/** The replication playback shows: the first of the results panel's, same seed. */
export const PLAYBACK_REPLICATION = 0;

/** Total random arrival rate per minute at a minute of the day, with the minutes where it changes. */
class ArrivalProfile {
  readonly boundaries: number[];
  readonly peakPerMinute: number;
  readonly quietestPerMinute: number;

  constructor(private readonly model: CompiledModel) {
    const minutes = new Set<number>();
    for (const stream of model.streams) {
      if (stream.shape.kind !== 'rate') continue;
      for (const period of stream.shape.periods) {
        minutes.add(period.from);
        minutes.add(period.to % DAY);
      }
    }
    this.boundaries = [...minutes].sort((a, b) => a - b);
    const rates = this.boundaries.map((minute) => this.perMinuteAt(minute)).filter((r) => r > 0);
    this.peakPerMinute = Math.max(0, ...rates);
    this.quietestPerMinute = rates.length > 0 ? Math.min(...rates) : 0;
  }

  perMinuteAt(time: number): number {
    const minute = time - Math.floor(time / DAY) * DAY;
    let total = 0;
    for (const stream of this.model.streams) {
      if (stream.shape.kind !== 'rate') continue;
      const period = stream.shape.periods.find((p) => minute >= p.from && minute < p.to);
      total += period?.perMinute ?? 0;
    }
    return total;
  }

  /** The first clock time after `after` where the rate changes, or Infinity. */
  nextChange(after: number): number {
    if (this.boundaries.length === 0) return Infinity;
    const dayStart = Math.floor(after / DAY) * DAY;
    const next = this.boundaries.find((minute) => dayStart + minute > after);
    return next === undefined ? dayStart + DAY + this.boundaries[0]! : dayStart + next;
  }
}

export function playbackInfo(model: CompiledModel, profile: ArrivalProfile): PlaybackInfo {
  const { window } = model;
  return {
    steps: model.steps.map((step) => ({
      id: step.id,
      pool: step.pool,
      rejoinFront: step.rejoinFront,
      ...(step.batchMinute !== null ? { pile: true as const } : {}),
      ...(step.missedCall
        ? { recallAfter: Number.isFinite(step.missedCall.after) ? step.missedCall.after : -1 }
        : {}),
    })),
    pools: model.pools.map((pool) => ({
      id: pool.id,
      levelOfClass: Array.from(pool.levelOfClass),
    })),
    classes: model.classes.map((c) => ({ id: c.id })),
    mode: window.mode,
    start: window.start,
    arrivalsEnd: window.arrivalsEnd,
    seed: window.seed,
    peakPerHour:
      profile.peakPerMinute > profile.quietestPerMinute ? profile.peakPerMinute * 60 : null,
  };
}

export class PlaybackSession {
  readonly model: CompiledModel;
  readonly info: PlaybackInfo;
  private simulation!: Simulation;
  private readonly profile: ArrivalProfile;
  private events: PlaybackEvent[] = [];
  private collecting = true;
  private live: LiveSettings = { heldUnits: {}, rateFactor: 1, peak: false };
  private history: TimedLiveChange[] = [];
  private recent = new RecentWaits();

  /** `seed` null: the blueprint's own seed (the results panel's). Throws SimulationError. */
  constructor(blueprint: Blueprint, seed: number | null) {
    this.model = compile(withRunOptions(blueprint, seed === null ? {} : { seed }));
    this.profile = new ArrivalProfile(this.model);
    this.info = playbackInfo(this.model, this.profile);
    this.restart();
  }

  get clock(): number {
    return this.simulation.now;
  }

  /** Back to opening time, the blueprint's settings, the same seed. */
  restart(): void {
    this.simulation = new Simulation(this.model, PLAYBACK_REPLICATION);
    const recent = (this.recent = new RecentWaits());
    this.simulation.listener = (caseId, classIndex, stepIndex, event, time, background) => {
      const reported = { caseId, classIndex, stepIndex, event, time, background };
      // The recent average hears every event, those a jump passes over too.
      recent.observe(reported);
      if (this.collecting) this.events.push(reported);
    };
    this.live = { heldUnits: {}, rateFactor: 1, peak: false };
    this.history = [];
  }

  /**
   * A kept lesson again: each live change made at its time, then on to `clock`, without
   * reporting the events on the way. The same seed and changes give the same day.
   */
  replay(changes: readonly TimedLiveChange[], clock: number): void {
    this.restart();
    for (const { at, change } of changes) {
      this.jump(at);
      this.change(change);
    }
    this.jump(clock);
  }

  /** A live change from the engine's current time, kept in the lesson's history. */
  change(change: LiveChange): void {
    switch (change.kind) {
      case 'units':
        return this.setUnits(change.pool, change.units);
      case 'schedule':
        return this.followSchedule(change.pool);
      case 'rate':
        return this.setRateFactor(change.factor);
      case 'peak':
        return this.setPeak(change.on);
      case 'reset':
        return this.resetLive();
    }
  }

  private remember(change: LiveChange): void {
    this.history = [...this.history, { at: this.simulation.now, change }];
  }

  /** Runs every event up to `time`; with the lunch peak on, re-aims the rate at each change of the profile. */
  advance(time: number): void {
    const simulation = this.simulation;
    while (this.live.peak && !simulation.isFinished) {
      const change = this.profile.nextChange(simulation.now);
      if (change > time) break;
      simulation.advanceTo(change);
      this.applyRate();
    }
    simulation.advanceTo(time);
  }

  /** Runs until the engine has reported at least one event (or the run is over). */
  stepEvent(): void {
    const before = this.events.length;
    while (this.events.length === before && !this.simulation.isFinished) {
      const from = this.simulation.now;
      this.simulation.step();
      // Single steps cannot stop at a change of the profile (the engine does not show its
      // next event's time); the new rate then applies from this event on.
      if (this.live.peak && this.profile.nextChange(from) <= this.simulation.now) this.applyRate();
    }
  }

  /** To a clock time without reporting the events on the way (the page redraws from the state). */
  jump(time: number): void {
    if (time < this.simulation.now) this.restart();
    this.collecting = false;
    this.advance(time);
    this.collecting = true;
  }

  // ---- live changes: from the engine's current time, which is the clock the page shows ----

  setUnits(poolId: string, units: number): void {
    const pool = this.poolIndex(poolId);
    const whole = Math.max(0, Math.floor(units));
    this.remember({ kind: 'units', pool: poolId, units: whole });
    this.live = { ...this.live, heldUnits: { ...this.live.heldUnits, [poolId]: whole } };
    this.simulation.holdCapacity(pool, whole);
  }

  followSchedule(poolId: string): void {
    const pool = this.poolIndex(poolId);
    this.remember({ kind: 'schedule', pool: poolId });
    const held = Object.entries(this.live.heldUnits).filter(([id]) => id !== poolId);
    this.live = { ...this.live, heldUnits: Object.fromEntries(held) };
    this.simulation.followSchedule(pool);
  }

  setRateFactor(factor: number): void {
    this.remember({ kind: 'rate', factor: Math.max(0, factor) });
    this.live = { ...this.live, rateFactor: Math.max(0, factor) };
    this.applyRate();
  }

  setPeak(on: boolean): void {
    this.remember({ kind: 'peak', on });
    this.live = { ...this.live, peak: on && this.info.peakPerHour !== null };
    this.applyRate();
  }

  /** Every live change undone from now on: pools follow their schedules, arrivals the profile. */
  resetLive(): void {
    const history = this.history;
    for (const poolId of Object.keys(this.live.heldUnits)) this.followSchedule(poolId);
    this.live = { heldUnits: {}, rateFactor: 1, peak: false };
    this.applyRate();
    // One change in the history, not the pools it let go of one by one.
    this.history = [...history, { at: this.simulation.now, change: { kind: 'reset' } }];
  }

  /** The multiplier on the blueprint's rates that gives the rate the trainer asked for now. */
  private rateMultiplier(): number {
    const now = this.profile.perMinuteAt(this.simulation.now);
    const peak = this.live.peak && now > 0 ? this.profile.peakPerMinute / now : 1;
    return this.live.rateFactor * peak;
  }

  private applyRate(): void {
    this.simulation.setArrivalMultiplier(this.rateMultiplier());
  }

  private poolIndex(poolId: string): number {
    const index = this.model.pools.findIndex((pool) => pool.id === poolId);
    if (index < 0) throw new Error(`There is no pool "${poolId}" in this blueprint.`);
    return index;
  }

  // ---- what the page gets back ----------------------------------------------------

  /** The state now and the events since the last frame. */
  frame(request: number, options: { reset?: boolean; snapshot?: boolean } = {}): PlaybackFrame {
    const simulation = this.simulation;
    const state = snapshot(simulation);
    const queueLengths: Record<string, number> = {};
    for (const [stepId, cases] of Object.entries(state.queues)) queueLengths[stepId] = cases.length;
    // A batch step's queue holds the items its pool has taken and not begun: still on the pile.
    const piles: Record<string, number> = {};
    for (const [stepId, items] of Object.entries(state.piles))
      piles[stepId] = items + (queueLengths[stepId] ?? 0);
    const waiting = state.customers.filter((view) => view.state === 'waiting').length;
    const open = simulation.now < this.model.window.arrivalsEnd;
    const events = this.events;
    this.events = [];
    return {
      type: 'frame',
      request,
      clock: simulation.now,
      finished: simulation.isFinished,
      events,
      counters: state.counters,
      pools: state.pools,
      queueLengths,
      waiting,
      piles,
      live: this.live,
      history: this.history,
      recent: this.recent.summary(simulation.now),
      arrivalsPerHour: open
        ? this.profile.perMinuteAt(simulation.now) * this.rateMultiplier() * 60
        : 0,
      ...(options.reset ? { reset: { info: this.info, snapshot: state } } : {}),
      ...(options.snapshot ? { snapshot: state } : {}),
    };
  }
}

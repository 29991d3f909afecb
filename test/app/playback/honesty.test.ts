/**
 * Playback shows the engine's own state: tokens kept from the events the worker passes on
 * agree with the engine's snapshot at every moment, live changes included, and the
 * counters are the engine's.
 */
import { describe, expect, test } from 'vitest';
import { Simulation, compile, snapshot, withRunOptions } from '../../../src/sim/index.ts';
import { PlaybackSession } from '../../../src/app/playback/playbackSession.ts';
import { TokenTable } from '../../../src/app/playback/tokenModel.ts';
import { example, snapshotLines, tokenLines, tokenQueues } from './support.ts';

const deposit = example('counter-deposit');

describe('tokens from the engine events', () => {
  test('agree with the snapshot at 600 moments of a whole day, live changes included', () => {
    const session = new PlaybackSession(deposit, 99);
    const first = session.frame(0, { reset: true });
    const table = new TokenTable(first.reset!.info);
    table.reset(first.reset!.snapshot);
    let checked = 0;
    let sawQueue = false;
    let sawBackground = false;
    for (let time = session.clock; !session.frame(0).finished; time += 0.77) {
      if (time >= 11 * 60 && time < 11 * 60 + 0.77) session.setPeak(true);
      if (time >= 12 * 60 && time < 12 * 60 + 0.77) session.setUnits('tellers', 5);
      if (time >= 14 * 60 && time < 14 * 60 + 0.77) session.resetLive();
      session.advance(time);
      const frame = session.frame(checked, { snapshot: true });
      for (const event of frame.events) table.apply(event, 0);
      table.sweep(10_000);
      const state = frame.snapshot!;
      expect(tokenLines(table, first.reset!.info)).toEqual(snapshotLines(state));
      expect(tokenQueues(table, first.reset!.info)).toEqual(state.queues);
      sawQueue ||= Object.keys(state.queues).length > 0;
      sawBackground ||= state.customers.some((c) => c.state === 'background');
      checked++;
    }
    expect(checked).toBeGreaterThan(600);
    expect(sawQueue).toBe(true);
    expect(sawBackground).toBe(true);
    expect(table.size).toBe(0);
  });

  // Missed tickets at the tellers: a called customer away leaves the line, and comes back
  // behind two tickets or at the back, as the engine's line has it.
  test.each([
    ['recall after 2', { action: 'recall', after: 2, returnProbability: 0.7 }],
    ['back', { action: 'back', returnProbability: 0.7 }],
  ] as const)('agree with the snapshot with missed tickets (%s)', (_, then) => {
    const missed = structuredClone(deposit);
    const handOver = missed.steps.find((step) => step.id === 'c-hand-over')!;
    handOver.missedCall = {
      probability: 0.2,
      callTime: { type: 'uniform', min: 0.5, max: 1 },
      then: { ...then },
    };
    const session = new PlaybackSession(missed, 4);
    const first = session.frame(0, { reset: true });
    const table = new TokenTable(first.reset!.info);
    table.reset(first.reset!.snapshot);
    let recalls = 0;
    let checked = 0;
    for (let time = session.clock; !session.frame(0).finished; time += 0.31) {
      session.advance(time);
      const frame = session.frame(checked++, { snapshot: true });
      for (const event of frame.events) {
        table.apply(event, 0);
        if (event.event === 'recall') recalls++;
      }
      table.sweep(10_000);
      const state = frame.snapshot!;
      expect(tokenLines(table, first.reset!.info)).toEqual(snapshotLines(state));
      expect(tokenQueues(table, first.reset!.info)).toEqual(state.queues);
    }
    expect(recalls).toBeGreaterThan(5);
  });

  test('a table rebuilt from a snapshot after a jump agrees too, and then follows the events', () => {
    const session = new PlaybackSession(deposit, 7);
    session.jump(12 * 60 + 10);
    const jumped = session.frame(1, { reset: true });
    expect(jumped.events).toEqual([]);
    const table = new TokenTable(jumped.reset!.info);
    table.reset(jumped.reset!.snapshot);
    expect(tokenLines(table, jumped.reset!.info)).toEqual(snapshotLines(jumped.reset!.snapshot));
    expect(tokenQueues(table, jumped.reset!.info)).toEqual(jumped.reset!.snapshot.queues);
    session.advance(12 * 60 + 40);
    const later = session.frame(2, { snapshot: true });
    for (const event of later.events) table.apply(event, 0);
    table.sweep(10_000);
    expect(tokenLines(table, jumped.reset!.info)).toEqual(snapshotLines(later.snapshot!));
  });
});

describe('the session is the engine', () => {
  test('without live changes it is replication 1 of the results: same events, same counters', () => {
    const model = compile(withRunOptions(deposit, {}));
    const reference = new Simulation(model, 0);
    let referenceEvents = 0;
    reference.listener = () => referenceEvents++;
    const session = new PlaybackSession(deposit, null);
    let sessionEvents = 0;
    for (const time of [600, 700.5, 720, 900, 1020]) {
      reference.advanceTo(time);
      session.advance(time);
      const frame = session.frame(0);
      sessionEvents += frame.events.length;
      expect(frame.clock).toBe(reference.now);
      expect(frame.counters).toEqual(snapshot(reference).counters);
      expect(frame.pools).toEqual(snapshot(reference).pools);
    }
    expect(sessionEvents).toBe(referenceEvents);
    expect(session.info.seed).toBe(20261123);
  });

  test('a single step reports at least one event and moves the clock no further than it', () => {
    const session = new PlaybackSession(deposit, 3);
    session.advance(10 * 60);
    session.frame(0);
    session.stepEvent();
    const frame = session.frame(1);
    expect(frame.events.length).toBeGreaterThan(0);
    expect(frame.clock).toBe(frame.events[frame.events.length - 1]!.time);
    expect(frame.clock).toBeGreaterThanOrEqual(600);
  });

  test('a window opened by the trainer stays open through the lunch schedule, and follows it again after a reset', () => {
    const session = new PlaybackSession(deposit, 5);
    session.advance(11 * 60);
    expect(session.frame(0).pools['tellers']!.capacity).toBe(4);
    session.setUnits('tellers', 5);
    session.advance(12 * 60); // the schedule sends one teller to lunch at 11:30
    let frame = session.frame(0);
    expect(frame.pools['tellers']!.capacity).toBe(5);
    expect(frame.live.heldUnits).toEqual({ tellers: 5 });
    session.resetLive();
    frame = session.frame(0);
    expect(frame.pools['tellers']!.capacity).toBe(3);
    expect(frame.live).toEqual({ heldUnits: {}, rateFactor: 1, peak: false });
  });

  test('the lunch-peak switch holds arrivals at the busiest rate, across the profile changes', () => {
    const session = new PlaybackSession(deposit, 5);
    expect(session.info.peakPerHour).toBeCloseTo(56);
    session.advance(10 * 60);
    expect(session.frame(0).arrivalsPerHour).toBeCloseTo(40);
    session.setPeak(true);
    expect(session.frame(0).arrivalsPerHour).toBeCloseTo(56);
    session.advance(12 * 60);
    expect(session.frame(0).arrivalsPerHour).toBeCloseTo(56);
    session.advance(14 * 60);
    expect(session.frame(0).arrivalsPerHour).toBeCloseTo(56);
    session.setRateFactor(2);
    expect(session.frame(0).arrivalsPerHour).toBeCloseTo(112);
    session.setPeak(false);
    expect(session.frame(0).arrivalsPerHour).toBeCloseTo(88);
  });

  test('more arrivals fill the branch: the peak with a doubled rate brings more customers than the blueprint', () => {
    const plain = new PlaybackSession(deposit, 11);
    const busy = new PlaybackSession(deposit, 11);
    busy.setPeak(true);
    busy.setRateFactor(2);
    plain.advance(11 * 60);
    busy.advance(11 * 60);
    expect(busy.frame(0).counters.arrived).toBeGreaterThan(plain.frame(0).counters.arrived * 1.8);
  });

  test('jumping back restarts the day with the same seed and the blueprint settings', () => {
    const session = new PlaybackSession(deposit, 21);
    session.advance(12 * 60);
    const before = session.frame(0).counters;
    session.setUnits('tellers', 6);
    session.jump(11 * 60);
    expect(session.frame(0).live.heldUnits).toEqual({});
    session.jump(12 * 60);
    expect(session.frame(0).counters).toEqual(before);
  });
});

/**
 * The recent average wait: the customers served in the last half hour of the clock, their
 * waits added up over the queues they joined, from the engine's own events; over a whole
 * day it is the engine's day average, and it answers a live change within the half hour.
 */
import { describe, expect, test } from 'vitest';
import { Simulation, compile, snapshot, withRunOptions } from '../../../src/sim/index.ts';
import type { PlaybackEvent } from '../../../src/app/playback/playbackProtocol.ts';
import { PlaybackSession } from '../../../src/app/playback/playbackSession.ts';
import { RecentWaits } from '../../../src/app/playback/recentWaits.ts';
import { example } from './support.ts';

function event(caseId: number, name: PlaybackEvent['event'], time: number): PlaybackEvent {
  return { caseId, classIndex: 0, stepIndex: 0, event: name, time, background: false };
}

describe('the waits of the customers served lately', () => {
  test('add up each customer’s queues and count them when they leave served', () => {
    const waits = new RecentWaits(30);
    for (const e of [
      event(1, 'arrive', 0),
      event(1, 'queue', 0),
      event(1, 'start', 4),
      event(1, 'end', 6),
      event(1, 'queue', 6),
      event(1, 'start', 7),
      event(1, 'exit', 10),
      // Served at once: a wait of 0 counts too.
      event(2, 'arrive', 12),
      event(2, 'start', 12),
      event(2, 'exit', 20),
    ])
      waits.observe(e);
    expect(waits.summary(20)).toEqual({ meanWait: 2.5, served: 2, waiting: 0, servedWait: 2.5 });
    // 30 minutes after the first left, only the second is in the window.
    expect(waits.summary(40)).toEqual({ meanWait: 0, served: 1, waiting: 0, servedWait: 0 });
    expect(waits.summary(50)).toEqual({
      meanWait: null,
      served: 0,
      waiting: 0,
      servedWait: null,
    });
  });

  test('leave out who gave up and background work, and start a reused case id afresh', () => {
    const waits = new RecentWaits(30);
    for (const e of [
      event(3, 'queue', 0),
      event(3, 'renege', 9),
      event(3, 'abandon', 9),
      { ...event(4, 'queue', 1), background: true },
      { ...event(4, 'start', 8), background: true },
      { ...event(4, 'exit', 9), background: true },
      // Case 3 again, a new customer who did not wait.
      event(3, 'start', 10),
      event(3, 'exit', 11),
    ])
      waits.observe(e);
    expect(waits.summary(11)).toEqual({ meanWait: 0, served: 1, waiting: 0, servedWait: 0 });
  });

  test('count those still in a queue at their wait so far, so a growing line shows at once', () => {
    const waits = new RecentWaits(30);
    // Two served quickly before the change (1 minute each)…
    for (const e of [
      event(1, 'queue', 0),
      event(1, 'start', 1),
      event(1, 'exit', 3),
      event(2, 'queue', 2),
      event(2, 'start', 3),
      event(2, 'exit', 5),
      // …then windows close: three join and nobody is called.
      event(3, 'queue', 6),
      event(4, 'queue', 8),
      event(5, 'arrive', 9),
      event(5, 'queue', 10),
    ])
      waits.observe(e);
    // At 10: served 1 + 1, waiting 4 + 2 + 0 → 8 / 5.
    expect(waits.summary(10)).toEqual({ meanWait: 1.6, served: 2, waiting: 3, servedWait: 1 });
    // Nothing happens but the clock: the waits so far grow, the served-only figure stays.
    const later = waits.summary(20);
    expect(later.meanWait).toBeCloseTo((1 + 1 + 14 + 12 + 10) / 5, 9);
    expect(later.servedWait).toBe(1);
    // A customer who had waited before and queues again carries that wait along.
    waits.observe(event(3, 'start', 21));
    waits.observe(event(3, 'end', 22));
    waits.observe(event(3, 'queue', 22));
    const again = waits.summary(25);
    expect(again.waiting).toBe(3);
    expect(again.meanWait).toBeCloseTo((1 + 1 + (15 + 3) + 17 + 15) / 5, 9);
    // Gave up: out of the queue and out of the figure.
    waits.observe(event(4, 'renege', 26));
    waits.observe(event(4, 'abandon', 26));
    expect(waits.summary(26).waiting).toBe(2);
  });

  test('over a whole day, is the engine’s own average wait (three examples, several seeds)', () => {
    for (const name of ['counter-deposit', 'margin-account-opening', 'client-reception'])
      for (const seed of [1, 2, 3]) {
        const model = compile(withRunOptions(example(name), { seed }));
        const simulation = new Simulation(model, 0);
        const waits = new RecentWaits(Infinity);
        simulation.listener = (caseId, classIndex, stepIndex, name, time, background) =>
          waits.observe({ caseId, classIndex, stepIndex, event: name, time, background });
        for (let time = model.window.start; !simulation.isFinished; time += 37) {
          simulation.advanceTo(time);
          const engine = snapshot(simulation).counters.meanWait;
          const ours = waits.summary(simulation.now).servedWait;
          if (engine === null) expect(ours).toBeNull();
          else expect(ours).toBeCloseTo(engine, 9);
        }
      }
  });

  test('climbs within minutes of two windows closed and four times the arrivals (the run-through’s case)', () => {
    let calm = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const session = new PlaybackSession(example('counter-deposit'), seed);
      session.advance(10 * 60);
      const before = session.frame(0).recent;
      // From a calm branch (nobody waiting at 10:00), as in the run-through.
      if (before.waiting > 0) continue;
      calm++;
      session.setUnits('tellers', 2);
      session.setRateFactor(4);
      session.advance(10 * 60 + 15);
      const after = session.frame(0).recent;
      expect(after.waiting).toBeGreaterThan(5);
      // The served-only figure barely knows yet; the one shown does.
      expect(after.meanWait!).toBeGreaterThan(after.servedWait! + 2);
      expect(after.meanWait!).toBeGreaterThan(before.meanWait! + 2);
    }
    expect(calm).toBeGreaterThanOrEqual(2);
  });

  test('drops within half an hour of a fifth window at the lunch peak, where the day’s average barely moves', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const kept = new PlaybackSession(example('counter-deposit'), seed);
      const changed = new PlaybackSession(example('counter-deposit'), seed);
      kept.advance(12 * 60);
      changed.advance(12 * 60);
      changed.setUnits('tellers', 5);
      kept.advance(12 * 60 + 45);
      changed.advance(12 * 60 + 45);
      const before = kept.frame(0);
      const after = changed.frame(0);
      expect(after.recent.meanWait!).toBeLessThan(before.recent.meanWait!);
      const recentDrop = before.recent.meanWait! - after.recent.meanWait!;
      const dayDrop = before.counters.meanWait! - after.counters.meanWait!;
      expect(recentDrop).toBeGreaterThan(dayDrop);
    }
  });
});

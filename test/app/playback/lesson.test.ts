/**
 * The trainer's lesson kept across a reload: the live changes with their times, replayed on
 * the same seed, give the same engine state; a blueprint edited since is noticed; what
 * "Next event" ran to is described from the engine's events.
 */
import { describe, expect, test } from 'vitest';
import { describeEvents } from '../../../src/app/playback/eventDescription.ts';
import {
  blueprintFingerprint,
  isUntouched,
  parseLessonRecord,
  planLesson,
  type LessonRecord,
} from '../../../src/app/playback/lessonRecord.ts';
import type { PlaybackEvent } from '../../../src/app/playback/playbackProtocol.ts';
import { PlaybackSession } from '../../../src/app/playback/playbackSession.ts';
import { TokenTable, tokenKey } from '../../../src/app/playback/tokenModel.ts';
import { example } from './support.ts';

const deposit = example('counter-deposit');

describe('a lesson replayed', () => {
  test('gives the same engine state as the lesson itself, live changes at their times', () => {
    for (const seed of [11, 12, 13]) {
      const lesson = new PlaybackSession(deposit, seed);
      lesson.advance(10 * 60);
      lesson.setUnits('tellers', 5);
      lesson.advance(11 * 60 + 30);
      lesson.setPeak(true);
      lesson.advance(12 * 60 + 5);
      lesson.setRateFactor(2);
      lesson.followSchedule('tellers');
      lesson.stepEvent();
      lesson.stepEvent();
      lesson.setUnits('tellers', 1);
      lesson.advance(12 * 60 + 50);
      const kept = lesson.frame(1, { snapshot: true });
      expect(kept.history.map((h) => h.change.kind)).toEqual([
        'units',
        'peak',
        'rate',
        'schedule',
        'units',
      ]);

      const again = new PlaybackSession(deposit, seed);
      again.replay(kept.history, kept.clock);
      const replayed = again.frame(2, { snapshot: true });
      expect(replayed.snapshot).toEqual(kept.snapshot);
      expect(replayed.history).toEqual(kept.history);
      expect(replayed.live).toEqual(kept.live);
      expect(replayed.recent).toEqual(kept.recent);
    }
  });

  test('going back in time or restarting clears the changes, as it clears their effect', () => {
    const session = new PlaybackSession(deposit, 5);
    session.advance(11 * 60);
    session.setUnits('tellers', 6);
    session.resetLive();
    expect(session.frame(0).history.map((h) => h.change)).toEqual([
      { kind: 'units', pool: 'tellers', units: 6 },
      { kind: 'reset' },
    ]);
    session.jump(10 * 60);
    expect(session.frame(0).history).toEqual([]);
  });
});

describe('the kept record', () => {
  const record: LessonRecord = {
    version: 1,
    fingerprint: blueprintFingerprint(deposit),
    seed: 42,
    clock: 12 * 60 + 20,
    speed: 2,
    changes: [{ at: 600, change: { kind: 'units', pool: 'tellers', units: 4 } }],
  };

  test('is restored for the same blueprint, and says so when it was edited since', () => {
    expect(planLesson(parseLessonRecord(JSON.stringify(record)), deposit)).toEqual({
      kind: 'restore',
      record,
    });
    const edited = { ...deposit, name: { en: 'Counter deposit, edited' } };
    expect(blueprintFingerprint(edited)).not.toBe(record.fingerprint);
    expect(planLesson(record, edited)).toEqual({ kind: 'changed' });
    expect(planLesson(null, deposit)).toEqual({ kind: 'fresh' });
  });

  test('that is unreadable or of another shape is ignored', () => {
    for (const text of [
      null,
      '',
      '{',
      '[]',
      JSON.stringify({ ...record, version: 2 }),
      JSON.stringify({ ...record, speed: 0 }),
      JSON.stringify({ ...record, clock: 'noon' }),
      JSON.stringify({ ...record, changes: [{ at: 1, change: { kind: 'teleport' } }] }),
      JSON.stringify({ ...record, changes: [{ at: 1, change: { kind: 'units', pool: 'x' } }] }),
    ])
      expect(parseLessonRecord(text), String(text)).toBeNull();
  });

  test('is not worth keeping before anything happened', () => {
    expect(isUntouched({ ...record, clock: 540, changes: [] }, 540, 2)).toBe(true);
    expect(isUntouched({ ...record, clock: 540 }, 540, 2)).toBe(false);
    expect(isUntouched({ ...record, changes: [] }, 540, 2)).toBe(false);
    expect(isUntouched({ ...record, clock: 540, changes: [] }, 540, 1)).toBe(false);
  });
});

describe('what Next event ran to', () => {
  test('names the customer, the step and the window they sit at, from the engine', () => {
    const session = new PlaybackSession(deposit, 3);
    session.jump(10 * 60);
    const first = session.frame(0, { reset: true });
    const info = first.reset!.info;
    const table = new TokenTable(info);
    table.reset(first.reset!.snapshot);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      session.stepEvent();
      const frame = session.frame(i);
      for (const event of frame.events) table.apply(event, 0);
      const windowOf = (e: PlaybackEvent) =>
        table.tokens.get(tokenKey(e.caseId, e.background))?.seat ?? -1;
      const described = describeEvents(frame.events, info, windowOf)!;
      expect(frame.events.length).toBeGreaterThan(0);
      const chosen = frame.events.findLast((e) => !e.background) ?? frame.events.at(-1)!;
      expect(described.caseId).toBe(chosen.caseId);
      expect(described.time).toBe(chosen.time);
      expect(described.stepId).toBe(info.steps[chosen.stepIndex]!.id);
      expect(described.alsoAtOnce).toBe(frame.events.length - 1);
      if (described.event === 'start' && described.pool >= 0) {
        expect(described.window).toBeGreaterThanOrEqual(1);
        seen.add(`window ${described.window}`);
      } else expect(described.window).toBeNull();
      seen.add(described.event);
    }
    // A morning's events: customers queue, are served at several windows and leave. (An
    // arrival or the end of a step comes with the next step's start at the same moment.)
    for (const kind of ['queue', 'start', 'exit', 'window 1', 'window 2'])
      expect(seen, kind).toContain(kind);
  });

  test('prefers a customer’s event to background work at the same moment', () => {
    const info = new PlaybackSession(deposit, 1).info;
    const pooled = info.steps.findIndex((s) => s.pool >= 0);
    const events: PlaybackEvent[] = [
      {
        caseId: 9,
        classIndex: 0,
        stepIndex: pooled,
        event: 'start',
        time: 612.5,
        background: false,
      },
      {
        caseId: 9,
        classIndex: 0,
        stepIndex: 0,
        event: 'background',
        time: 612.5,
        background: true,
      },
    ];
    expect(describeEvents(events, info, () => 1)).toEqual({
      time: 612.5,
      caseId: 9,
      background: false,
      event: 'start',
      stepId: info.steps[pooled]!.id,
      pool: info.steps[pooled]!.pool,
      window: 2,
      alsoAtOnce: 1,
      batchItems: 0,
    });
    expect(describeEvents([], info, () => 0)).toBeNull();
  });

  test('a batch taken is told as one, with its items counted', () => {
    const info = new PlaybackSession(deposit, 1).info;
    const pooled = info.steps.findIndex((s) => s.pool >= 0);
    const item = (caseId: number, event: PlaybackEvent['event']): PlaybackEvent => ({
      caseId,
      classIndex: 0,
      stepIndex: pooled,
      event,
      time: 960,
      background: true,
    });
    // Three items taken: the first is served at once, the other two queue behind it.
    const events = [item(4, 'batch'), item(4, 'start'), item(7, 'batch'), item(7, 'queue')];
    events.push(item(8, 'batch'), item(8, 'queue'));
    expect(describeEvents(events, info, () => 0)).toMatchObject({
      caseId: 4,
      event: 'batch',
      background: true,
      window: null,
      batchItems: 3,
      alsoAtOnce: 3,
    });
  });
});

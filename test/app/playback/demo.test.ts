/**
 * The trainer's demonstration, with the counter-deposit example and its own seed: the queue
 * at the tellers builds at the lunch peak, and two more windows opened at 12:20 keep it
 * shorter than without, down to one or none within an hour and ten minutes, while without
 * them five or more still wait. (The peak asks for nearly five tellers: one more window
 * slows the queue without emptying it. It used to empty with one, while customers walked
 * out after seconds of waiting.)
 * Also the clock's formats and speeds.
 */
import { describe, expect, test } from 'vitest';
import {
  SPEEDS,
  dayNumber,
  formatClock,
  parseTimeInput,
  speedIndex,
} from '../../../src/app/playback/clockFormat.ts';
import { PlaybackSession } from '../../../src/app/playback/playbackSession.ts';
import { example } from './support.ts';

const deposit = example('counter-deposit');

test('the queue builds at the lunch peak and two more windows empty it', () => {
  const withWindow = new PlaybackSession(deposit, null);
  const without = new PlaybackSession(deposit, null);
  withWindow.advance(12 * 60 + 20);
  without.advance(12 * 60 + 20);
  const at1220 = withWindow.frame(0).pools['tellers']!;
  expect(at1220.capacity).toBe(3);
  expect(at1220.waiting).toBeGreaterThanOrEqual(4);
  withWindow.setUnits('tellers', 5);
  for (const time of [13 * 60, 13 * 60 + 10]) {
    withWindow.advance(time);
    without.advance(time);
    expect(withWindow.frame(0).pools['tellers']!.waiting).toBeLessThan(
      without.frame(0).pools['tellers']!.waiting,
    );
  }
  withWindow.advance(13 * 60 + 30);
  without.advance(13 * 60 + 30);
  expect(withWindow.frame(0).pools['tellers']!.waiting).toBeLessThanOrEqual(1);
  expect(without.frame(0).pools['tellers']!.waiting).toBeGreaterThanOrEqual(5);
});

describe('the clock', () => {
  test('shows the time of day to the second', () => {
    expect(formatClock(9 * 60)).toBe('09:00:00');
    expect(formatClock(12 * 60 + 20.5)).toBe('12:20:30');
    expect(formatClock(1440 + 61)).toBe('01:01:00');
    expect(dayNumber(1440 + 61, 0)).toBe(2);
    expect(parseTimeInput('12:20')).toBe(740);
    expect(parseTimeInput('25:00')).toBeNull();
  });

  test('speeds go from real time to a whole day in a minute', () => {
    expect(SPEEDS[0]!.minutesPerSecond * 60).toBeCloseTo(1); // one minute per minute
    expect(SPEEDS[SPEEDS.length - 1]!.minutesPerSecond * 60).toBe(1440);
    expect(speedIndex(1)).toBe(SPEEDS.findIndex((s) => s.label === 'hourPerMinute'));
    expect(speedIndex(23)).toBe(SPEEDS.length - 1);
  });
});

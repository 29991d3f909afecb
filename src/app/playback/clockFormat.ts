/** Clock minutes as a time of day, and the speeds a trainer can pick. */

const DAY = 1440;

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** "HH:MM:SS" of the day the clock is in (the day itself is shown apart). */
export function formatClock(minutes: number): string {
  const ofDay = minutes - Math.floor(minutes / DAY) * DAY;
  const seconds = Math.floor(ofDay * 60 + 1e-6);
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/** "HH:MM" for a time input. */
export function formatTimeInput(minutes: number): string {
  const ofDay = minutes - Math.floor(minutes / DAY) * DAY;
  const whole = Math.floor(ofDay + 1e-6);
  return `${two(Math.floor(whole / 60))}:${two(whole % 60)}`;
}

/** Minutes of day from "HH:MM", or null. */
export function parseTimeInput(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** 1 for the first day of the run. */
export function dayNumber(minutes: number, start: number): number {
  return Math.floor(minutes / DAY) - Math.floor(start / DAY) + 1;
}

export type SpeedLabel = 'realTime' | 'hourPerMinute' | 'openingDayPerMinute' | 'dayPerMinute';

export interface Speed {
  /** Clock minutes per wall-clock second. */
  minutesPerSecond: number;
  /** How many times real time. */
  factor: number;
  label: SpeedLabel | null;
}

/** From real time to a whole day (24 h) in a minute. */
export const SPEEDS: readonly Speed[] = [
  { minutesPerSecond: 1 / 60, factor: 1, label: 'realTime' },
  { minutesPerSecond: 0.1, factor: 6, label: null },
  { minutesPerSecond: 0.5, factor: 30, label: null },
  { minutesPerSecond: 1, factor: 60, label: 'hourPerMinute' },
  { minutesPerSecond: 2, factor: 120, label: null },
  { minutesPerSecond: 4, factor: 240, label: null },
  { minutesPerSecond: 8, factor: 480, label: 'openingDayPerMinute' },
  { minutesPerSecond: 24, factor: 1440, label: 'dayPerMinute' },
];

/** The preset nearest a speed. */
export function speedIndex(minutesPerSecond: number): number {
  let best = 0;
  SPEEDS.forEach((speed, index) => {
    if (
      Math.abs(Math.log(speed.minutesPerSecond / minutesPerSecond)) <
      Math.abs(Math.log(SPEEDS[best]!.minutesPerSecond / minutesPerSecond))
    )
      best = index;
  });
  return best;
}

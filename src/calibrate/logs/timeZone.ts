/**
 * The time zone the user states for a log: values with an offset (2026-03-02T01:15:30Z)
 * are instants and are turned into this zone's wall clock, so that every record's times
 * are wall-clock minutes like the blueprint's «09:00». Values without an offset are taken
 * as already in this zone. Accepted: «UTC» or «Z», a fixed offset «+08:00» / «-0530», or
 * an IANA name («Asia/Shanghai», daylight saving included) through Intl, which browsers
 * and Node both have.
 */

/** Turns an instant (minutes since 1970-01-01T00:00Z) into wall-clock minutes since 1970-01-01T00:00 local. */
export type ZoneClock = (utcMinutes: number) => number;

export const DEFAULT_TIME_ZONE = '+08:00';

const FIXED = /^([+-])(\d{2}):?(\d{2})$/;

/** The zone's clock, or undefined when `zone` is not a zone this reader knows. */
export function zoneClock(zone: string): ZoneClock | undefined {
  const text = zone.trim();
  if (/^(z|utc|gmt)$/i.test(text)) return (utc) => utc;
  const fixed = FIXED.exec(text);
  if (fixed !== null) {
    const offset = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
    if (Math.abs(offset) > 18 * 60 || Number(fixed[3]) > 59) return undefined;
    return (utc) => utc + offset;
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: text,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined;
  }
  return (utc) => {
    const ms = utc * 60_000;
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(ms))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const local = Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      parts.hour!,
      parts.minute!,
      parts.second!,
    );
    // formatToParts drops the milliseconds: carry them over from the instant.
    return (local + (((ms % 1000) + 1000) % 1000)) / 60_000;
  };
}

/**
 * Where customers come from: each arrival stream schedules its next arrival (random
 * rates) or a day's bookings (appointments) on the event list. A rate change during
 * playback voids the pending arrival and draws afresh, which is exact for Poisson streams.
 */
import { ArrivalClock } from './arrivalTimes.ts';
import type { EventQueue } from './eventQueue.ts';
import { ARRIVAL, BOOKED_ARRIVAL, BOOKINGS } from './eventKinds.ts';
import type { CompiledModel } from './model.ts';
import { Random, pick } from './random.ts';

export class ArrivalSource {
  private readonly random: Random[];
  /** Per stream, its arrival times (null for appointments). */
  private readonly clocks: (ArrivalClock | null)[];
  /** A pending arrival of a stream is valid only while its tag equals this. */
  private readonly generation: Int32Array;
  private multiplier = 1;
  /** Booked customers scheduled but not yet arrived: a day is not over while any are due. */
  bookedPending = 0;

  constructor(
    private readonly model: CompiledModel,
    private readonly events: EventQueue,
    seed: number,
    replication: number,
  ) {
    this.random = model.streams.map((s) => new Random(seed, replication, s.name));
    this.generation = new Int32Array(model.streams.length);
    const end = model.window.arrivalsEnd;
    this.clocks = model.streams.map((s, index) =>
      s.shape.kind === 'rate' ? new ArrivalClock(s.shape.periods, end, this.random[index]!) : null,
    );
    const start = model.window.start;
    model.streams.forEach((s, index) => {
      if (s.shape.kind === 'rate') this.schedule(index, start);
      else events.push(start, BOOKINGS, index, Math.floor(start / 1440));
    });
  }

  /** An ARRIVAL event fired: true if it is still valid, in which case the next is scheduled. */
  onArrival(streamIndex: number, tag: number, now: number): boolean {
    if (tag !== this.generation[streamIndex]) return false;
    this.schedule(streamIndex, now);
    return true;
  }

  /** Schedules one day's booked customers (and the next day's bookings in a steady run). */
  onBookingDay(streamIndex: number, day: number): void {
    const s = this.model.streams[streamIndex]!;
    if (s.shape.kind !== 'appointments') return;
    const random = this.random[streamIndex]!;
    const { start, arrivalsEnd } = this.model.window;
    for (const booking of s.shape.bookings) {
      const bookedAt = day * 1440 + booking;
      // Every booking draws the same numbers whether it counts or not, so that one
      // booking's fate does not shift the others'.
      const showsUp = random.next() >= s.shape.noShow;
      const late = s.shape.lateness ? s.shape.lateness.sample(random) : 0;
      const classIndex = s.classIndex >= 0 ? s.classIndex : pick(s.shares, random.next());
      if (!showsUp || bookedAt < start || bookedAt >= arrivalsEnd) continue;
      this.events.push(bookedAt + late, BOOKED_ARRIVAL, streamIndex, classIndex);
      this.bookedPending++;
    }
    const nextDay = (day + 1) * 1440;
    if (nextDay < arrivalsEnd) this.events.push(nextDay, BOOKINGS, streamIndex, day + 1);
  }

  onBookedArrival(): void {
    this.bookedPending--;
  }

  /** Multiplies every random arrival rate from `now` on (appointments are not affected). */
  setMultiplier(multiplier: number, now: number): void {
    this.multiplier = Math.max(0, multiplier);
    this.model.streams.forEach((s, index) => {
      if (s.shape.kind !== 'rate') return;
      this.generation[index]!++;
      this.schedule(index, now);
    });
  }

  private schedule(streamIndex: number, from: number): void {
    const clock = this.clocks[streamIndex];
    if (!clock) return;
    const time = clock.next(from, this.multiplier);
    if (time < Infinity)
      this.events.push(time, ARRIVAL, streamIndex, this.generation[streamIndex]!);
  }
}

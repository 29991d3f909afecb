/**
 * The units of a pool told apart (a step of it asks for the same unit, `sameUnitAs`):
 * who holds each unit, since when each free one has been idle, and which are on shift.
 * Units are numbered from 0; a capacity of k puts units 0 … k−1 on shift, so a schedule
 * that lowers it sends the highest-numbered home (a busy one finishes its customer
 * first). Pools whose units are only counted have no roster. A pool told apart is one of
 * people (advisers, tellers): the roster looks through its units, which is cheap for tens.
 */
import { growFloat64, growInt32 } from './eventQueue.ts';

export class UnitRoster {
  /** Per unit: the slot of whoever holds it, or -1. */
  private holder = new Int32Array(0);
  /** Per unit: 1 where it is the first unit its holder took (the one remembered). */
  private lead = new Int32Array(0);
  /** Per unit: the clock when it last came free. */
  private idleSince = new Float64Array(0);
  /** Units on shift: 0 … onShift − 1. */
  private onShift = 0;
  /** Units on shift and free. */
  available = 0;

  /** The schedule (or the trainer) sets the units on shift. */
  setShift(units: number): void {
    if (units > this.holder.length) {
      const from = this.holder.length;
      this.holder = growInt32(this.holder, units);
      this.holder.fill(-1, from);
      this.lead = growInt32(this.lead, units);
      this.idleSince = growFloat64(this.idleSince, units);
    }
    this.onShift = units;
    let free = 0;
    for (let u = 0; u < units; u++) if (this.holder[u]! < 0) free++;
    this.available = free;
  }

  /** Unit `u` is on shift and free. */
  isFree(u: number): boolean {
    return u < this.onShift && this.holder[u]! < 0;
  }

  /** The unit a customer remembering `remembered` (unit + 1, 0: none) waits for; -1: any. */
  wanted(remembered: number): number {
    const u = remembered - 1;
    // Gone off shift (or never had one here): the case passes to whichever unit is free.
    return u >= 0 && u < this.onShift ? u : -1;
  }

  /**
   * Customer c takes `units` free units: `wanted` first (when ≥ 0), then those idle the
   * longest (the lowest number among equals). Returns the first one taken.
   */
  take(c: number, asked: number, units: number): number {
    const wanted = asked >= 0 && this.isFree(asked) ? asked : -1;
    let first = wanted;
    if (wanted >= 0) this.hold(c, wanted);
    for (let taken = wanted >= 0 ? 1 : 0; taken < units; taken++) {
      const u = this.longestIdle();
      if (first < 0) first = u;
      this.hold(c, u);
    }
    this.lead[first] = 1;
    return first;
  }

  /** Every unit c holds comes free now. */
  free(c: number, now: number): void {
    const holder = this.holder;
    for (let u = 0; u < holder.length; u++) {
      if (holder[u] !== c) continue;
      holder[u] = -1;
      this.lead[u] = 0;
      this.idleSince[u] = now;
      if (u < this.onShift) this.available++;
    }
  }

  /** The first unit c took and still holds (the one a later `sameUnitAs` asks for), or -1. */
  leadOf(c: number): number {
    for (let u = 0; u < this.holder.length; u++)
      if (this.holder[u] === c && this.lead[u] === 1) return u;
    return -1;
  }

  private hold(c: number, u: number): void {
    this.holder[u] = c;
    if (u < this.onShift) this.available--;
  }

  private longestIdle(): number {
    let best = -1;
    for (let u = 0; u < this.onShift; u++) {
      if (this.holder[u]! >= 0) continue;
      if (best < 0 || this.idleSince[u]! < this.idleSince[best]!) best = u;
    }
    return best;
  }
}

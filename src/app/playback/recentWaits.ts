/**
 * The average wait lately, from the engine's own events: what a trainer watches after a
 * live change. The day's average moves slowly by noon (it carries every customer since
 * opening); the last half hour shows the effect of a fourth window within minutes of the
 * clock.
 *
 * A customer's wait is the time between joining a queue and being called from it, added up
 * over the steps (as the engine's day average counts it). The average takes the customers
 * served in the window and those in a queue now, each of these at their wait so far (a wait
 * not over yet is at least that long): with two windows closed the figure climbs as the
 * line grows, instead of waiting for the first of the line to be served.
 */
import type { PlaybackEvent } from './playbackProtocol.ts';

/** Clock minutes the recent average looks back over. */
export const RECENT_WINDOW_MINUTES = 30;

export interface RecentWait {
  /**
   * Mean wait in minutes of the customers served in the window and of those in a queue now
   * (at their wait so far); null if there are none.
   */
  meanWait: number | null;
  /** How many customers were served in the window. */
  served: number;
  /** How many customers are in a queue now (counted in `meanWait` at their wait so far). */
  waiting: number;
  /** Mean wait in minutes of the customers served in the window only; null if none was. */
  servedWait: number | null;
}

export class RecentWaits {
  /** Clock time each customer now in a queue joined it, by case id. */
  private readonly queuedAt = new Map<number, number>();
  /** Minutes waited so far by each customer inside, by case id. */
  private readonly waited = new Map<number, number>();
  /** Customers served, in clock order: when they left and how long they had waited. */
  private departures: { time: number; wait: number }[] = [];
  private first = 0;

  constructor(readonly windowMinutes: number = RECENT_WINDOW_MINUTES) {}

  observe(event: PlaybackEvent): void {
    // Background work does not wait as a customer does; it is not in the day's average either.
    if (event.background) return;
    const id = event.caseId;
    switch (event.event) {
      case 'queue':
        this.queuedAt.set(id, event.time);
        break;
      case 'start': {
        const since = this.queuedAt.get(id);
        if (since === undefined) break;
        this.queuedAt.delete(id);
        this.waited.set(id, (this.waited.get(id) ?? 0) + (event.time - since));
        break;
      }
      case 'renege':
        this.queuedAt.delete(id);
        break;
      case 'exit':
        this.departures.push({ time: event.time, wait: this.waited.get(id) ?? 0 });
        this.forget(id);
        this.prune(event.time);
        break;
      case 'abandon':
      case 'stuck':
        this.forget(id);
        break;
      default:
        break;
    }
  }

  /** The customers served in the window that ends at `now`. */
  summary(now: number): RecentWait {
    this.prune(now);
    let servedTotal = 0;
    let served = 0;
    for (let i = this.first; i < this.departures.length; i++) {
      servedTotal += this.departures[i]!.wait;
      served++;
    }
    let waitingTotal = 0;
    for (const [id, since] of this.queuedAt)
      waitingTotal += (this.waited.get(id) ?? 0) + Math.max(0, now - since);
    const waiting = this.queuedAt.size;
    const count = served + waiting;
    return {
      meanWait: count > 0 ? (servedTotal + waitingTotal) / count : null,
      served,
      waiting,
      servedWait: served > 0 ? servedTotal / served : null,
    };
  }

  private forget(id: number): void {
    // Case ids are reused after a customer leaves: the next one starts from nothing.
    this.queuedAt.delete(id);
    this.waited.delete(id);
  }

  private prune(now: number): void {
    const from = now - this.windowMinutes;
    while (this.first < this.departures.length && this.departures[this.first]!.time <= from)
      this.first++;
    // Drop the forgotten head now and then rather than shifting on every departure.
    if (this.first > 256 && this.first * 2 > this.departures.length) {
      this.departures = this.departures.slice(this.first);
      this.first = 0;
    }
  }
}

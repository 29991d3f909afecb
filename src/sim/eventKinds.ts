/**
 * The kinds of event in the future event list (EventQueue stores them as numbers), and
 * the order in which events at the same instant run (docs/blueprint-format.md, 4.8).
 */
export const ARRIVAL = 0;
export const SERVICE_END = 1;
export const RENEGE = 2;
export const CAPACITY = 3;
export const WARMUP_END = 4;
export const BOOKINGS = 5;
export const BOOKED_ARRIVAL = 6;
/** A window's call of an absent customer is over (missed tickets). */
export const CALL_END = 7;
/** A pool starts the day's batch of a step done as one batch (`batch`). */
export const BATCH = 8;

/**
 * Rank of each kind at the same instant, lowest first; ties by scheduling order.
 * - the warm-up ends first, so everything at that instant is measured;
 * - capacity changes before service ends: a teller whose shift ends at 12:00 and who
 *   finishes a customer at 12:00 leaves, rather than calling the next one (and a unit
 *   added at that instant is there for whoever the service end calls);
 * - the end of a call of an absent customer ranks with service ends (both free a unit);
 * - service ends before reneges: a customer called as their patience ends is served;
 * - reneges before arrivals, and arrivals last: a newcomer sees the queue as everything
 *   else at that instant left it (the balking decision, whether a unit is free);
 * - the day's bookings before the booked arrivals they schedule;
 * - a day's batch after the service ends and capacity changes at its time, before
 *   reneges and arrivals: the pool takes the pile with the units it has then, items left
 *   by a service that ends at that instant included.
 */
export const RANK_OF_KIND: readonly number[] = [
  /* ARRIVAL */ 6, /* SERVICE_END */ 2, /* RENEGE */ 4, /* CAPACITY */ 1, /* WARMUP_END */ 0,
  /* BOOKINGS */ 5, /* BOOKED_ARRIVAL */ 6, /* CALL_END */ 2, /* BATCH */ 3,
];

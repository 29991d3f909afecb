/**
 * A run's warnings as data: a code and its parameters (docs/results-format.md, 5). The
 * engine never words them; the command line and the app word them from one catalogue
 * (warningText.ts) in the reader's language, with their own names and number formats.
 */

/** Offered load against capacity, for the four overload codes. */
export interface OverloadParams {
  /** The pool's id. */
  pool: string;
  /** Offered load in units (busy units demanded on average). */
  load: number;
  /** The pool's time-average capacity over the span compared (opening hours, or 24 h). */
  capacity: number;
  /** load ÷ capacity; null when the capacity is 0. */
  utilization: number | null;
}

export type RunWarning =
  /**
   * A business day whose offered load reaches a pool's capacity during opening hours (its
   * steps done as one batch a day left out: they are judged at their time, below).
   */
  | { code: 'pool-overloaded-day'; params: OverloadParams }
  /**
   * A business day whose pool cannot do its steps done as one batch a day (`batch`)
   * within its hours: its load from the batch's time `from` to the end of its hours `to`
   * (minutes after midnight), the day's batch work included, reaches its capacity there.
   */
  | { code: 'pool-overloaded-batch'; params: OverloadParams & { from: number; to: number } }
  /** A steady run at or over capacity whose queue only impatient customers keep finite. */
  | { code: 'pool-overloaded-impatient'; params: OverloadParams }
  /**
   * A steady run at or over capacity whose line flows taken by the queue's length (`when`)
   * keep finite: with the line long they send on enough that the rest is under capacity.
   */
  | { code: 'pool-overloaded-diverted'; params: OverloadParams }
  /**
   * At or over capacity alone, but the pools that also serve its queue when idle
   * (`alsoServes`, listed in `helpers` by id) have enough to spare to keep it finite.
   */
  | { code: 'pool-overloaded-helped'; params: OverloadParams & { helpers: string[] } }
  /** A steady run at or over capacity with no steady state: its waits are not reported. */
  | { code: 'pool-unstable'; params: OverloadParams }
  /** Customers or background work stopped after `steps` moves (a loop they cannot leave). */
  | { code: 'customers-stuck'; params: { count: number; steps: number } }
  /**
   * Customers kept units (keepUntil) while they waited for each other for ever; `count`
   * of them were stopped as stuck (in the statistics window) so the run could go on.
   */
  | {
      code: 'deadlock';
      params: {
        /** Ids of the pools kept or waited for, in the blueprint's order. */
        pools: string[];
        /** Ids of the steps at whose queues customers were stuck. */
        steps: string[];
        /** Minutes from the run's start (opening time, or 0) to the first deadlock. */
        after: number;
        count: number;
        /** In how many replications a deadlock formed. */
        replications: number;
      };
    }
  /** Customers still inside when a business day had to stop, left out of the waits. */
  | { code: 'left-inside'; params: { count: number } }
  /** A steady run measured from the start, empty and idle, without a warm-up. */
  | { code: 'no-warmup'; params: Record<string, never> }
  /** The command line's event log (--log) stopped at `rows` rows. */
  | { code: 'event-log-truncated'; params: { rows: number } };

export type RunWarningCode = RunWarning['code'];

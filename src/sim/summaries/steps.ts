/** A step over replications: visits, the wait for its pool, its queue, failures and who gave up. */
import { type Estimate, estimate } from '../stats/confidence.ts';
import type { StepReplication } from '../stats/replication.ts';
import { type DurationStats, durationStats, together } from './durations.ts';

export interface StepResult {
  visits: Estimate;
  /**
   * Waiting for the step's pool, of those who started service (0 for those who found a
   * unit free); null for steps that need no pool.
   */
  wait: DurationStats | null;
  /**
   * Waiting for the step's pool, of everyone who queued or was served at once: those
   * served and those who reneged, each with their time in the queue until they left it.
   * Null where `wait` is null.
   */
  waitAll: DurationStats | null;
  queueLength: { mean: Estimate; max: number };
  failures: { count: number; ci95: [number, number] | null; total: number; rate: number };
  balks: Estimate;
  reneges: Estimate;
  /** Customers stopped here after MAX_MOVES steps (a loop), over all replications. */
  stuck: number;
  /**
   * Missed tickets (a step with `missedCall`): per replication, calls that found nobody,
   * customers queued again after one, customers lost to one, and the unit-minutes spent
   * calling; `share`: missed calls over all calls from the queue, over all replications.
   */
  missedCalls?: MissedCallResult;
  /**
   * A step done as one batch a day (`batch`): items added per replication, and the
   * unit-minutes its pool worked on them.
   */
  batch?: BatchResult;
  /** The pool this step queues for cannot keep up in a steady-state run: waits grow without end. */
  unstable?: true;
  /**
   * Present only on a waiting step (src/model/waitingSteps.ts): the id of the step whose
   * queue it draws. That step's `wait` is the wait here; this step's own `wait` is null.
   */
  queueOf?: string;
}

export interface BatchResult {
  items: Estimate;
  workMinutes: Estimate;
  /**
   * A business day only: the clock (minutes from midnight) when the day's last item was
   * done, over the replications with any item; absent in a steady run (a pile every day)
   * or when no replication had an item.
   */
  doneAt?: Estimate;
}

function batchResult(list: StepReplication[], day: boolean): BatchResult {
  const done = list.filter((s) => s.batchItems > 0).map((s) => s.batchDoneAt);
  return {
    items: estimate(list.map((s) => s.batchItems)),
    workMinutes: estimate(list.map((s) => s.batchMinutes)),
    ...(day && done.length > 0 ? { doneAt: estimate(done) } : {}),
  };
}

export interface MissedCallResult {
  missed: Estimate;
  recalled: Estimate;
  lost: Estimate;
  callMinutes: Estimate;
  share: number;
}

function missedCallResult(list: StepReplication[]): MissedCallResult {
  const missed = list.reduce((sum, s) => sum + s.missedCalls, 0);
  const calls = list.reduce((sum, s) => sum + s.calls, 0);
  return {
    missed: estimate(list.map((s) => s.missedCalls)),
    recalled: estimate(list.map((s) => s.recalled)),
    lost: estimate(list.map((s) => s.missedLost)),
    callMinutes: estimate(list.map((s) => s.callMinutes)),
    share: calls > 0 ? missed / calls : 0,
  };
}

/**
 * `poolUnstable`: the pool the step queues for has no steady state (5.1); `missedCalls`:
 * the step has missed tickets (`missedCall`), reported only then; `batch`: the step is
 * done as one batch, in a business day ('day') or a steady run, reported only then.
 */
export function stepResult(
  list: StepReplication[],
  poolUnstable: boolean,
  missedCalls = false,
  batch: 'day' | 'steady' | null = null,
): StepResult {
  const failures = estimate(list.map((s) => s.failures));
  const attempts = list.reduce((sum, s) => sum + s.attempts, 0);
  const total = list.reduce((sum, s) => sum + s.failures, 0);
  const queued = list.some((s) => s.wait.count > 0);
  const unstable = queued && poolUnstable;
  return {
    visits: estimate(list.map((s) => s.visits)),
    // Steps done with units the customer already holds have no queue of their own.
    wait: queued && !unstable ? durationStats(list.map((s) => s.wait)) : null,
    waitAll:
      queued && !unstable ? durationStats(list.map((s) => together(s.wait, s.renegedWait))) : null,
    queueLength: {
      mean: estimate(list.map((s) => (unstable ? NaN : s.queueMean))),
      max: Math.max(0, ...list.map((s) => s.queueMax)),
    },
    failures: {
      count: failures.mean,
      ci95: failures.ci95,
      total,
      rate: attempts > 0 ? total / attempts : 0,
    },
    balks: estimate(list.map((s) => s.balks)),
    reneges: estimate(list.map((s) => s.reneges)),
    stuck: list.reduce((sum, s) => sum + s.stuck, 0),
    ...(missedCalls ? { missedCalls: missedCallResult(list) } : {}),
    ...(batch ? { batch: batchResult(list, batch === 'day') } : {}),
    ...(unstable ? { unstable: true as const } : {}),
  };
}

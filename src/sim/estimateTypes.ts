/** What the instant estimates (estimates.ts) say about each resource pool. */
import type { Text } from '../model/index.ts';
import type { BatchEstimate } from './batchEstimate.ts';
import type { DiversionEstimate } from './diversionEstimate.ts';
import type { EstimateCaveat } from './estimateCaveats.ts';
import type { PoolPriority } from './priorityPooling.ts';
import type { DayWaitReason, StretchEstimate } from './stretchQueue.ts';

/** What the estimate says about one resource pool. Times in minutes, loads in Erlangs. */
export interface PoolEstimate {
  id: string;
  label: Text;
  /** The pool's units outside any schedule period: what a what-if sets. */
  units: number;
  /** Mean busy units the work needs over opening hours (a steady run: over a day). */
  offeredLoad: number;
  /**
   * Mean busy units this pool's units give to other pools' queues it also serves when idle
   * (`alsoServes`), over the same hours (lending.ts); 0 for a pool that serves none.
   */
  lentLoad: number;
  /** Of `offeredLoad`, the busy units the pools that also serve its queue take; 0 if none. */
  helpedLoad: number;
  /** Mean units available: over opening hours in a business day, over a day in a steady run. */
  capacity: number;
  /**
   * What its units do over their capacity: its own customers' work less what others take,
   * plus what it takes from other queues; null when work arrives and it never has a unit.
   */
  utilization: number | null;
  /**
   * Its own customers' work, less what the pools that also serve its queue take, at or
   * above its capacity (or no capacity for arriving work): the queue grows all day.
   */
  overloaded: boolean;
  /** Customers joining the pool's line per minute (steps inside a held span do not queue). */
  arrivalsPerMinute: number;
  /** Mean unit-minutes of work per arrival (a held span is one service); null when nothing arrives. */
  meanServiceMinutes: number | null;
  /**
   * The day's figure: the mean wait of the customers served, what a run reports for the
   * pool (stretchQueue.ts: settled M/G/c waits where the pool keeps up, a fluid backlog
   * where it does not); null with `waitReason`.
   */
  meanWaitMinutes: number | null;
  waitReason: DayWaitReason | null;
  /** Effects the figure leaves out that are large for this pool (estimateCaveats.ts). */
  caveats: EstimateCaveat[];
  /** The day stretch by stretch: between changes of an arrival rate or of the pool's units. */
  stretches: StretchEstimate[];
  /**
   * The fewest units (schedule periods shifted by the same difference, as a what-if
   * does) that keep utilisation below 1 over the day; null when no number of units can.
   */
  minimumUnits: number | null;
  /**
   * Business days only: the busiest stretch, when it is clearly busier than the day's
   * average (a lunch peak with a teller at lunch); null otherwise.
   */
  peak: PeakEstimate | null;
  /**
   * Its steps done as one batch a day (`batch`), each in order of the steps: the pile and
   * when it is done (batchEstimate.ts). Their items are in `arrivalsPerMinute`,
   * `offeredLoad` and the mean wait; in a business day `utilization` is then over the
   * pool's hours (closing, or the end of a late shift), the batch's work in them included.
   */
  batches: BatchEstimate[];
  /**
   * Its queue is one class of a priority group (priorityPooling.ts: pools that call one
   * another's queues in one order, `servesFirst`): the formula, its rank and the group;
   * `meanWaitMinutes` is then that class's wait and `lentLoad` / `helpedLoad` the net
   * help between the group's pools. Null for every other pool.
   */
  priority: PoolPriority | null;
}

/** The pool in its busiest stretch of opening hours. */
export interface PeakEstimate {
  /** Clock minutes after midnight. */
  from: number;
  to: number;
  /** Offered load in that stretch over the units there; null when there are none. */
  utilization: number | null;
  overloaded: boolean;
  /** Units there, and the fewest that keep up in that stretch. */
  units: number;
  unitsNeeded: number | null;
}

export type { DiversionEstimate } from './diversionEstimate.ts';

export type PoolEstimates =
  | {
      ok: true;
      mode: 'day' | 'steady';
      pools: PoolEstimate[];
      /** Each lobby rule (a flow's `when`), in the flows' order (diversionEstimate.ts). */
      diversions: DiversionEstimate[];
    }
  /** The blueprint cannot be run as it is; `reason` is the checker's or compiler's message. */
  | { ok: false; reason: string };

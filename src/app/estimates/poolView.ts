/** What a pool's estimate looks like on screen: pure, so it is tested without a browser. */
import type { Text } from '../../model/index.ts';
import type {
  BatchEstimate,
  DayWaitReason,
  EstimateCaveat,
  PoolEstimate,
  PoolPriority,
  StretchEstimate,
} from '../../sim/index.ts';

/** How full a pool is, for the bar's colour: under 80 %, under 100 %, at or over 100 %. */
export type LoadLevel = 'ok' | 'high' | 'over';

/** A wait as read: none to speak of, some minutes, or not estimated and why. */
export type WaitView =
  | { kind: 'none' }
  | { kind: 'minutes'; minutes: number }
  | { kind: 'reason'; reason: DayWaitReason };

export interface StretchView {
  from: number;
  to: number;
  /** Customers joining the line per hour, rounded to a whole number. */
  perHour: number;
  units: number;
  /** Whole percent busy; null when work arrives and there are no units. */
  percent: number | null;
  level: LoadLevel;
  /** Settled wait, or how fast the line grows (customers per hour), or no units at all. */
  wait:
    | { kind: 'none' }
    | { kind: 'minutes'; minutes: number }
    | { kind: 'grows'; perHour: number }
    | { kind: 'noUnits' };
}

/** A step done as one batch a day, as read: whole items, hours of work to a tenth. */
export interface BatchView {
  step: string;
  label: Text;
  at: number;
  items: number;
  workHours: number;
  /** When the pile is done: a clock minute, never in a business day, or none in a steady run. */
  done: { kind: 'at'; minute: number } | { kind: 'never' } | { kind: 'steady' };
}

export interface PoolView {
  /** Whole percent busy; null when the pool has no capacity for the work that arrives. */
  percent: number | null;
  /** Bar length, 0–100 (an overloaded pool fills it). */
  barPercent: number;
  level: LoadLevel;
  /** The day's figure: the mean wait of the customers served. */
  wait: WaitView;
  /** Units to add to become stable, and the total; null when no number of units is enough. */
  advice: { more: number; needed: number } | null;
  /** The stretches of the day, shown when there is more than one and someone waits. */
  stretches: StretchView[];
  /** What makes the day's figure rough, when there is a wait to speak of. */
  caveats: EstimateCaveat[];
  /**
   * Serving other queues when idle (`alsoServes`): the whole percent of this pool's time
   * it gives them, or of its customers' work that other pools take; null when neither.
   */
  lending: { kind: 'lends' | 'helpedBy'; percent: number } | null;
  batches: BatchView[];
  /** Its queue is a class of a priority group (`servesFirst`): how it is called, the formula. */
  priority: PriorityView | null;
}

export interface PriorityView {
  form: PoolPriority['form'];
  /** Ids of the pools whose queues are called before this one; none when it is called first. */
  before: string[];
  /** Ids of the group's pools, the first called first. */
  pools: string[];
  /** The group's units outside any schedule. */
  units: number;
}

export const HIGH_LOAD = 0.8;

/** Below this a wait reads as none (three seconds). */
const NO_WAIT_MINUTES = 0.05;

function levelOf(utilization: number | null, overloaded: boolean): LoadLevel {
  return overloaded ? 'over' : (utilization ?? 0) >= HIGH_LOAD ? 'high' : 'ok';
}

function minutesOrNone(minutes: number): { kind: 'none' } | { kind: 'minutes'; minutes: number } {
  return minutes < NO_WAIT_MINUTES ? { kind: 'none' } : { kind: 'minutes', minutes };
}

export function stretchView(stretch: StretchEstimate): StretchView {
  const { utilization } = stretch;
  const wait: StretchView['wait'] = stretch.steady
    ? minutesOrNone(stretch.meanWaitMinutes ?? 0)
    : stretch.units === 0 || stretch.growthPerHour === null
      ? { kind: 'noUnits' }
      : { kind: 'grows', perHour: Math.max(1, Math.round(stretch.growthPerHour)) };
  return {
    from: stretch.from,
    to: stretch.to,
    perHour: Math.round(stretch.arrivalsPerMinute * 60),
    units: stretch.units,
    percent: utilization === null ? null : Math.round(utilization * 100),
    level: levelOf(utilization, !stretch.steady),
    wait,
  };
}

/** Below half a percent, lending reads as none. */
function lendingView(estimate: PoolEstimate): PoolView['lending'] {
  const { lentLoad, helpedLoad, capacity, offeredLoad } = estimate;
  const lends = capacity > 0 ? Math.round((lentLoad / capacity) * 100) : 0;
  if (lends > 0) return { kind: 'lends', percent: lends };
  const helped = offeredLoad > 0 ? Math.round((helpedLoad / offeredLoad) * 100) : 0;
  return helped > 0 ? { kind: 'helpedBy', percent: helped } : null;
}

function priorityView({ priority }: PoolEstimate): PriorityView | null {
  if (!priority) return null;
  const { form, pools, rank, units } = priority;
  return { form, before: pools.slice(0, rank - 1), pools, units };
}

export function batchView(batch: BatchEstimate, mode: 'day' | 'steady'): BatchView {
  return {
    step: batch.step,
    label: batch.label,
    at: batch.at,
    items: Math.round(batch.items),
    workHours: Math.round(batch.workMinutes / 6) / 10,
    done:
      mode === 'steady'
        ? { kind: 'steady' }
        : batch.doneAt === null
          ? { kind: 'never' }
          : { kind: 'at', minute: batch.doneAt },
  };
}

export function poolView(estimate: PoolEstimate, mode: 'day' | 'steady' = 'day'): PoolView {
  const { utilization } = estimate;
  // 99.9 % is not "100 % busy": that reads as overloaded, which the pool is not.
  const rounded = utilization === null ? null : Math.round(utilization * 100);
  const percent = rounded !== null && !estimate.overloaded ? Math.min(99, rounded) : rounded;
  const barPercent = utilization === null ? 100 : Math.min(100, Math.max(0, utilization * 100));
  const wait: WaitView =
    estimate.meanWaitMinutes === null
      ? { kind: 'reason', reason: estimate.waitReason ?? 'out-of-range' }
      : minutesOrNone(estimate.meanWaitMinutes);
  const advice =
    estimate.overloaded && estimate.minimumUnits !== null
      ? {
          more: Math.max(1, estimate.minimumUnits - estimate.units),
          needed: estimate.minimumUnits,
        }
      : null;
  // Stretches say something only when they differ and someone waits in one of them.
  const all = estimate.stretches.length > 1 ? estimate.stretches.map(stretchView) : [];
  const stretches = all.some((stretch) => stretch.wait.kind !== 'none') ? all : [];
  // A caveat on "no wait" would only confuse.
  const caveats = wait.kind === 'none' ? [] : estimate.caveats;
  return {
    percent,
    barPercent,
    level: levelOf(utilization, estimate.overloaded),
    wait,
    advice,
    stretches,
    caveats,
    lending: lendingView(estimate),
    batches: estimate.batches.map((batch) => batchView(batch, mode)),
    priority: priorityView(estimate),
  };
}

/**
 * Steps done as one batch a day (`batch`, the voucher filing at 16:00) in the instant
 * estimates. Their work is not spread over the day as a customer's is: the items the
 * day's customers leave pile up until the batch's time T, and the pool then works
 * through the pile with the units it has from T on. So each batch step is followed as a
 * fluid of work, first left first done (batches.ts), apart from the pool's line of
 * customers (whose stretches leave batch steps out, demandBasis):
 *
 * - items reach the step at the rate the traffic equations give (poolDemand.ts), cut by
 *   the share of them that is still there: a customer who gave up in an earlier pool's
 *   line leaves no item (`reaching`, the served share of those lines' fluids);
 * - in a business day those left before T wait for T together; those left after it
 *   (until closing) join the line as they come; in a steady run every item of a day
 *   waits for the next T;
 * - the pool gives the pile what its units have spare of its customers' work, c(t) − a(t)
 *   (a(t) the customers' offered load while the doors are open, none after);
 * - an item waits from T (or from being left, once the batch began) until its work is
 *   reached, as the run records the step's wait; the pile is done at `doneAt`, what a
 *   run reports as `steps.<id>.batch.doneAt`.
 *
 * What the pool's utilisation counts of it is the work done within the pool's hours
 * (stats/collector.ts poolHoursEnd: closing, or the end of a late shift), as a run
 * measures it; later work is overtime there.
 */
import type { Text } from '../model/index.ts';
import { capacityAt } from './capacity.ts';
import type { CompiledModel } from './model.ts';
import { type DemandBasis, poolDemands } from './poolDemand.ts';
import { poolHoursEnd } from './stats/collector.ts';

const DAY = 1440;

/** Integration step of the fluid, minutes. */
const STEP = 0.25;

/** A pile not done within this many days after its time is never done (no units). */
const GIVE_UP_DAYS = 2;

/** What the estimate says about one batch step. Clock minutes, unit-minutes. */
export interface BatchEstimate {
  /** The step's id and label. */
  step: string;
  label: Text;
  /** When the pool takes the pile, minutes after midnight of the day. */
  at: number;
  /** Items left per day (business day: the day's; steady run: a day's). */
  items: number;
  /** The unit-minutes they take. */
  workMinutes: number;
  /** A business day: when the day's last item is done; null in a steady run, or never. */
  doneAt: number | null;
  /** Mean minutes an item waits for a unit; null when the pile is never done. */
  meanWaitMinutes: number | null;
  /** Of `workMinutes`, those done within the pool's hours (all of them in a steady run). */
  workInHours: number;
}

/** What is known of the day around the batch steps, per cut of the day. */
export interface BatchInputs {
  basis: DemandBasis;
  cuts: readonly [number, number][];
  /** Per cut, what each diversion sends on (diversionDemand.ts). */
  shares: readonly (Float64Array | null)[];
  /** Per pool, per cut: the busy units its customers' work needs there. */
  customerLoad: readonly Float64Array[];
  /** Per step index, its label. */
  labels: readonly Text[];
  /** Per batch step index: the share of items still there (those before gave up). */
  reaching: (step: number) => number;
}

/** Items left at step `s` in each cut, per minute, and their unit-minutes each. */
function itemRates(inputs: BatchInputs, s: number): { rate: Float64Array; work: number } {
  const { basis, cuts, shares } = inputs;
  const pool = basis.model.steps[s]!.pool;
  const only = { ...basis, queues: basis.queues.map((_, i) => i === s) };
  const rate = new Float64Array(cuts.length);
  let items = 0;
  let load = 0;
  cuts.forEach(([from, to], i) => {
    const demand = poolDemands(only, from, to, shares[i])[pool]!;
    rate[i] = demand.arrivals;
    items += demand.arrivals * (to - from);
    load += demand.load * (to - from);
  });
  return { rate, work: items > 0 ? load / items : 0 };
}

/** The cut that holds clock minute t, or -1 outside them. */
function cutAt(cuts: readonly [number, number][], t: number): number {
  return cuts.findIndex(([from, to]) => t >= from && t < to);
}

/** Work left on the line, first left first: when each part began to wait, and how much. */
interface Part {
  since: number;
  work: number;
}

/** One batch step followed from its time until its pile (and later items) are done. */
function followBatch(model: CompiledModel, inputs: BatchInputs, s: number): BatchEstimate {
  const step = model.steps[s]!;
  const { mode, start, arrivalsEnd } = model.window;
  const { cuts, customerLoad } = inputs;
  const pool = model.pools[step.pool]!;
  const load = customerLoad[step.pool]!;
  const reaching = inputs.reaching(s);
  const { rate, work } = itemRates(inputs, s);
  const dayStart = Math.floor(start / DAY) * DAY;
  const clock = dayStart + step.batchMinute!;
  // A business day opening after the batch's time does each item as it comes.
  const at = mode === 'day' ? Math.max(clock, start) : clock;
  const hoursEnd = poolHoursEnd(model, step.pool);
  const perMinute = (t: number): number => {
    const k = cutAt(cuts, t);
    return k < 0 ? 0 : rate[k]! * reaching;
  };
  // The pile at T: a business day's items so far; a steady run's whole day of them.
  let items = 0;
  cuts.forEach(([from, to], k) => (items += rate[k]! * reaching * (to - from)));
  let piled = 0;
  if (mode === 'steady') piled = items;
  else
    cuts.forEach(([from, to], k) => {
      if (from < at) piled += rate[k]! * reaching * (Math.min(to, at) - from);
    });
  const line: Part[] = piled > 0 ? [{ since: at, work: piled * work }] : [];
  const comesUntil = mode === 'day' ? arrivalsEnd : at;
  let waited = 0;
  let workInHours = 0;
  let t = at;
  const giveUp = mode === 'steady' ? at + DAY : Math.max(at, comesUntil) + GIVE_UP_DAYS * DAY;
  while ((line.length > 0 || t < comesUntil) && t < giveUp) {
    const k = cutAt(cuts, t);
    const spare = Math.max(
      0,
      capacityAt(pool.baseCapacity, pool.changes, t) - (k < 0 ? 0 : load[k]!),
    );
    if (t < comesUntil) {
      const left = perMinute(t) * work * STEP;
      if (left > 0) line.push({ since: t, work: left });
    }
    let room = spare * STEP;
    while (room > 0 && line.length > 0) {
      const head = line[0]!;
      const done = Math.min(room, head.work);
      waited += (t - head.since) * done;
      if (t < hoursEnd) workInHours += done;
      head.work -= done;
      room -= done;
      if (head.work <= 1e-12) line.shift();
    }
    t += STEP;
  }
  const total = items * work;
  const finished = line.length === 0;
  // Items left as the last customers leave are done one service after them.
  const lastItem = comesUntil + (step.units > 0 ? work / step.units : work);
  return {
    step: step.id,
    label: inputs.labels[s]!,
    at: at - dayStart,
    items,
    workMinutes: total,
    doneAt: mode === 'day' && finished && total > 0 ? Math.max(t, lastItem) - dayStart : null,
    meanWaitMinutes: !finished ? null : total > 0 ? waited / total : 0,
    workInHours: mode === 'day' ? workInHours : total,
  };
}

/** The batch steps of a pool, each followed through its day (none: an empty list). */
export function batchEstimates(
  model: CompiledModel,
  inputs: BatchInputs,
  poolIndex: number,
): BatchEstimate[] {
  return model.steps
    .filter((step) => step.pool === poolIndex && step.batchMinute !== null)
    .map((step) => followBatch(model, inputs, step.index));
}

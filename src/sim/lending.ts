/**
 * Pools that serve other pools' queues when idle (`alsoServes`: the VIP window that calls
 * the next ordinary ticket) in the instant estimates, stretch by stretch of the day.
 *
 * - **The helped pool.** Its line is served by its own units and by its lenders' units
 *   whenever those are free of their own customers, so its wait is taken as that of one
 *   line for all those units: the pooled M/G/c, the helped pool's customers and the
 *   lenders' own together, their units added up (the stretch's `demand` and `units`; the
 *   pool's own part is kept in `shown`). The lenders' own customers go first at their
 *   units, so the helped pool's customers wait somewhat longer than the pooled figure
 *   (caveat `helped`). A helped pool keeps up while the pooled line does.
 * - **What a lender takes.** Where lending matters every unit of the pooled line is about
 *   equally busy (the VIP window and the tellers of blueprints/counter-deposit-vip.json,
 *   84 % and 86 % busy in a run), so a lender of c_L units with own work a_L takes
 *   ρ·c_L − a_L from the line (ρ the pooled utilisation, at most 1): never more than its
 *   spare c_L − a_L, all of it once the pooled line is overloaded. At light loads this
 *   is too much (a lender takes a customer only when the pool's own units are all busy),
 *   but then it is little. A lender serving several pools shares its spare among them in
 *   proportion to what each would take.
 * - **A lender's own customers** go first but find its units busy with lent customers,
 *   whose service is not interrupted: the top class of a non-preemptive priority queue,
 *     Wq = C · E[S]/c · (c_a² + c_s²)/2 / (1 − ρ_own),
 *   with E[S] and c_s² those of the mixture of its own and the lent services and C the
 *   chance that all its units are busy (Erlang C at its own and lent load together; 1
 *   when the lending fills them). For one unit this is Cobham's R/(1 − ρ_own), R the
 *   mean residual work λ·E[S²]/2 of everything the unit serves.
 */
import { isSaturated } from '../analysis/index.ts';
import type { CompiledModel } from './model.ts';
import type { PoolDemand } from './poolDemand.ts';
import { type StretchEstimate, type StretchInput, erlangC } from './stretchQueue.ts';

/** Per pool: the pools that serve its queue when idle, in the order of the resources. */
export function lendersOf(model: CompiledModel, queues: readonly boolean[]): number[][] {
  const lendable = model.pools.map((_, pool) =>
    model.steps.some((step) => step.pool === pool && queues[step.index] && step.lenders),
  );
  return model.pools.map((_, helped) =>
    lendable[helped]
      ? model.pools.flatMap((pool, i) => (pool.alsoServes.includes(helped) ? [i] : []))
      : [],
  );
}

/** Two pools' demands as one line's: rates and work added, moments mixed by arrivals. */
export function mergeDemands(demands: readonly PoolDemand[]): PoolDemand {
  const classes = demands[0]!.arrivalsByClass.length;
  const arrivalsByClass = new Float64Array(classes);
  let arrivals = 0;
  let load = 0;
  let second = 0;
  let scv = 0;
  let booked = 0;
  for (const demand of demands) {
    demand.arrivalsByClass.forEach((rate, k) => (arrivalsByClass[k]! += rate));
    arrivals += demand.arrivals;
    load += demand.load;
    booked += demand.bookedArrivals;
    scv += demand.arrivals * demand.arrivalScv;
    const mean = demand.meanService ?? 0;
    second += demand.arrivals * mean * mean * (1 + demand.serviceScv);
  }
  const meanService = arrivals > 0 ? load / arrivals : null;
  const serviceScv =
    meanService && meanService > 0
      ? Math.max(0, second / arrivals / (meanService * meanService) - 1)
      : 0;
  return {
    arrivalsByClass,
    arrivals,
    load,
    meanService,
    serviceScv,
    arrivalScv: arrivals > 0 ? scv / arrivals : 1,
    bookedArrivals: booked,
  };
}

export interface Lending {
  /** Per pool, per cut: the input its wait is estimated from. */
  inputs: StretchInput[][];
  /** Per pool, per cut: Erlangs it takes from the queues it also serves. */
  lent: Float64Array[];
  /** Per pool, per cut: Erlangs its lenders take from its queue. */
  helped: Float64Array[];
}

/**
 * The stretches' inputs with lending taken in: `own[pool][cut]` are each pool's own
 * demand and units per cut of the day (dayStretches.ts, cutInputs).
 */
export function lendingOf(
  model: CompiledModel,
  queues: readonly boolean[],
  own: readonly StretchInput[][],
): Lending {
  const lenders = lendersOf(model, queues);
  const cuts = own[0]?.length ?? 0;
  const lent = model.pools.map(() => new Float64Array(cuts));
  const helped = model.pools.map(() => new Float64Array(cuts));
  const inputs = own.map((stretches) => stretches.slice());
  if (lenders.every((list) => list.length === 0)) return { inputs, lent, helped };
  for (let cut = 0; cut < cuts; cut++) {
    // What each lender would take from each pool it serves, before sharing its spare.
    const wanted = model.pools.map(() => new Map<number, number>());
    lenders.forEach((list, pool) => {
      if (list.length === 0) return;
      const part = [own[pool]![cut]!, ...list.map((l) => own[l]![cut]!)];
      const units = part.reduce((sum, s) => sum + s.units, 0);
      const load = part.reduce((sum, s) => sum + s.demand.load, 0);
      const rho = units > 0 ? Math.min(1, load / units) : 0;
      for (const l of list) {
        const { units: c, demand } = own[l]![cut]!;
        wanted[l]!.set(pool, Math.max(0, Math.min(rho * c, c) - demand.load));
      }
    });
    wanted.forEach((byPool, l) => {
      const asked = [...byPool.values()].reduce((sum, x) => sum + x, 0);
      if (asked === 0) return;
      const { units: c, demand } = own[l]![cut]!;
      const scale = Math.min(1, Math.max(0, c - demand.load) / asked);
      byPool.forEach((x, pool) => {
        lent[l]![cut]! += x * scale;
        helped[pool]![cut]! += x * scale;
      });
    });
    lenders.forEach((list, pool) => {
      if (list.length === 0) return;
      const mine = own[pool]![cut]!;
      const units = mine.units + list.reduce((sum, l) => sum + own[l]![cut]!.units, 0);
      const demand = mergeDemands([mine.demand, ...list.map((l) => own[l]![cut]!.demand)]);
      const shown = {
        arrivals: mine.demand.arrivals,
        units: mine.units,
        load: Math.max(0, mine.demand.load - helped[pool]![cut]!),
      };
      inputs[pool]![cut] = { ...mine, demand, units, threshold: null, shown };
    });
    model.pools.forEach((_, l) => {
      if (lent[l]![cut]! <= 0) return;
      // The lent service is that of the pools it serves, mixed by what it takes of each.
      const served = [...wanted[l]!.keys()].map((pool) => own[pool]![cut]!.demand);
      const mixed = mergeDemands(served);
      inputs[l]![cut] = {
        ...inputs[l]![cut]!,
        lent: {
          load: lent[l]![cut]!,
          meanService: mixed.meanService ?? 0,
          serviceScv: mixed.serviceScv,
        },
      };
    });
  }
  return { inputs, lent, helped };
}

/** A lender's stretch: its own customers' wait, first in line at units busy with lent work. */
export function lenderStretch(input: StretchInput): StretchEstimate {
  const { from, to, demand, units } = input;
  const lent = input.lent!;
  const total = demand.load + lent.load;
  const utilization = units > 0 ? total / units : null;
  const own = units > 0 ? demand.load / units : Infinity;
  const base = { from, to, arrivalsPerMinute: demand.arrivals, units, offeredLoad: total };
  if (isSaturated(own) || !demand.meanService)
    return {
      ...base,
      utilization,
      steady: !isSaturated(own),
      meanWaitMinutes: isSaturated(own) ? null : 0,
      waitProbability: isSaturated(own) ? null : 0,
      growthPerHour: null,
    };
  const lentArrivals = lent.meanService > 0 ? lent.load / lent.meanService : 0;
  const arrivals = demand.arrivals + lentArrivals;
  const mean = total / arrivals;
  const second =
    demand.arrivals * demand.meanService ** 2 * (1 + demand.serviceScv) +
    lentArrivals * lent.meanService ** 2 * (1 + lent.serviceScv);
  const serviceScv = Math.max(0, second / arrivals / (mean * mean) - 1);
  // Lending that fills the spare units leaves no steady state for the sum: all busy.
  const busy = isSaturated(total / units) ? 1 : (erlangC(units, arrivals, mean)?.probability ?? 1);
  const variability = (demand.arrivalScv + serviceScv) / 2;
  return {
    ...base,
    utilization,
    steady: true,
    meanWaitMinutes: (((busy * mean) / units) * variability) / (1 - own),
    waitProbability: busy,
    growthPerHour: null,
  };
}

/**
 * A helped pool's stretch as shown: its own customers, units and the work its own units
 * do, with the pooled line's wait (or growth).
 */
export function shownStretch(input: StretchInput, pooled: StretchEstimate): StretchEstimate {
  const shown = input.shown;
  if (!shown) return pooled;
  return {
    ...pooled,
    arrivalsPerMinute: shown.arrivals,
    units: shown.units,
    offeredLoad: shown.load,
    utilization: shown.load === 0 ? 0 : shown.units > 0 ? shown.load / shown.units : null,
  };
}

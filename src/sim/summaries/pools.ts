/** A resource pool over replications: utilisation, units, queue and cost in its hours, overtime after. */
import { type Estimate, SHARE, estimate } from '../stats/confidence.ts';
import type { PoolReplication } from '../stats/replication.ts';

export interface PoolResult {
  /** Offered load at or above capacity in a steady-state run: its queue grows without end. */
  unstable?: true;
  utilization: Estimate;
  busyUnits: Estimate;
  capacity: Estimate;
  queueLength: { mean: Estimate; max: number };
  /** Available unit-hours in the pool's hours × costPerHour. */
  cost: Estimate;
  /** Busy unit-hours after the pool's hours (a day that runs past closing) and their cost. */
  overtime: { hours: Estimate; cost: Estimate };
  /**
   * A pool that also serves other pools' queues when idle (`alsoServes`): the customers it
   * took from them per replication, their share of all served at those pools' steps, and
   * its utilisation by that work alone (part of `utilization`).
   */
  alsoServed?: { customers: Estimate; share: Estimate; utilization: Estimate; total: number };
}

/** A pool's utilisation and queue over the day, bin by bin, averaged over replications. */
export interface PoolSeries {
  utilization: (number | null)[];
  queueLength: (number | null)[];
}

export function poolResult(list: PoolReplication[], unstable: boolean): PoolResult {
  return {
    utilization: estimate(list.map((p) => p.utilization)),
    busyUnits: estimate(list.map((p) => p.busyMean)),
    capacity: estimate(list.map((p) => p.capacityMean)),
    queueLength: {
      mean: estimate(list.map((p) => p.queueMean)),
      max: Math.max(0, ...list.map((p) => p.queueMax)),
    },
    cost: estimate(list.map((p) => p.cost)),
    overtime: {
      hours: estimate(list.map((p) => p.overtimeHours)),
      cost: estimate(list.map((p) => p.overtimeCost)),
    },
    ...(unstable ? { unstable: true as const } : {}),
    ...alsoServedResult(list),
  };
}

function alsoServedResult(list: PoolReplication[]): Pick<PoolResult, 'alsoServed'> {
  const lent = list.flatMap((p) => (p.lent ? [p.lent] : []));
  if (lent.length === 0) return {};
  return {
    alsoServed: {
      customers: estimate(lent.map((l) => l.customers)),
      share: estimate(
        lent.map((l) => (l.started > 0 ? l.customers / l.started : NaN)),
        SHARE,
      ),
      utilization: estimate(lent.map((l) => l.utilization)),
      total: lent.reduce((sum, l) => sum + l.customers, 0),
    },
  };
}

/** Per bin, the mean over the replications that have a value there; null where none has. */
function averageSeries(series: number[][]): (number | null)[] {
  const length = series[0]?.length ?? 0;
  return Array.from({ length }, (_, bin) => {
    const values = series.map((s) => s[bin]!).filter((v) => Number.isFinite(v));
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  });
}

export function poolSeries(list: PoolReplication[]): PoolSeries {
  return {
    utilization: averageSeries(list.map((p) => p.utilizationSeries)),
    queueLength: averageSeries(list.map((p) => p.queueSeries)),
  };
}

/**
 * Stations in series: every customer visits stations 1, 2, …, n once, in that order, and
 * leaves. Poisson arrivals at rate λ per minute into station 1; station i has cᵢ identical
 * exponential servers at rate μᵢ per minute, first come first served, unlimited room.
 *
 * Source: Burke's theorem (Burke 1956): the departures of a stable M/M/c queue form a
 * Poisson process of rate λ, so each station is an M/M/cᵢ queue fed at rate λ, and in
 * steady state the stations are independent (the special case of a Jackson network with
 * P[i][i+1] = 1). Hence T = Σ Wᵢ minutes, L = Σ Lᵢ customers. Stable only if every
 * ρᵢ = λ/(cᵢμᵢ) < 1.
 */
import { type MmcStable, mmc } from './mmc.ts';
import { type Overloaded, isSaturated } from './result.ts';
import { requireNonNegative } from './validate.ts';

/** One station of the line. */
export interface TandemStation {
  /** cᵢ: identical servers (whole number ≥ 1). */
  readonly servers: number;
  /** μᵢ: services per minute by one busy server (> 0). */
  readonly serviceRate: number;
}

export interface TandemStable {
  readonly stable: true;
  /** Each station as an M/M/cᵢ queue with arrival rate λ. */
  readonly stations: readonly MmcStable[];
  /** Σ Wqᵢ, minutes spent waiting over the whole line */
  readonly meanWaitInQueue: number;
  /** Σ Wᵢ, minutes from entering station 1 to leaving station n */
  readonly meanTimeInSystem: number;
  /** Σ Lᵢ, customers anywhere in the line */
  readonly meanNumberInSystem: number;
}

/** Some station has ρᵢ ≥ 1; `utilization` is the highest station utilisation. */
export interface TandemOverloaded extends Overloaded {
  /** ρᵢ for every station, in order. */
  readonly utilizations: readonly number[];
  /** Indexes of the stations with ρᵢ ≥ 1. */
  readonly overloadedStations: readonly number[];
}

export type TandemResult = TandemStable | TandemOverloaded;

/**
 * A series of M/M/cᵢ stations fed by Poisson arrivals at `arrivalRate` per minute (model in
 * the file comment). RangeError for no stations or malformed input.
 */
export function tandem(input: {
  readonly arrivalRate: number;
  readonly stations: readonly TandemStation[];
}): TandemResult {
  const { arrivalRate, stations } = input;
  requireNonNegative('arrivalRate', arrivalRate);
  if (stations.length === 0) throw new RangeError('a tandem line needs at least one station');
  const queues = stations.map((station) =>
    mmc({ arrivalRate, serviceRate: station.serviceRate, servers: station.servers }),
  );
  const stableQueues = queues.filter((queue): queue is MmcStable => queue.stable);
  if (stableQueues.length < queues.length) {
    const utilizations = stations.map((s) => arrivalRate / (s.servers * s.serviceRate));
    return {
      stable: false,
      reason: 'overloaded',
      utilization: Math.max(...utilizations),
      utilizations,
      overloadedStations: utilizations.flatMap((rho, i) => (isSaturated(rho) ? [i] : [])),
    };
  }
  const sum = (pick: (queue: MmcStable) => number): number =>
    stableQueues.reduce((total, queue) => total + pick(queue), 0);
  return {
    stable: true,
    stations: stableQueues,
    meanWaitInQueue: sum((q) => q.meanWaitInQueue),
    meanTimeInSystem: sum((q) => q.meanTimeInSystem),
    meanNumberInSystem: sum((q) => q.meanNumberInSystem),
  };
}

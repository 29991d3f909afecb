/**
 * Open Jackson networks: stations i = 1..n, each an M/M/cᵢ queue (cᵢ identical servers at
 * rate μᵢ per minute, exponential service, first come first served, unlimited room).
 * Customers arrive from outside at station i as a Poisson stream of rate γᵢ per minute;
 * after service at i they go to j with probability P[i][j] (independently of everything
 * else) and leave with probability 1 − Σⱼ P[i][j].
 *
 * Source (J. R. Jackson 1957, "Networks of waiting lines"; any queueing text):
 *   traffic equations  λ = γ + Pᵀλ, i.e. (I − Pᵀ)λ = γ, solved by Gaussian elimination
 *   Jackson's theorem  in steady state the stations behave as independent M/M/cᵢ queues
 *                      with arrival rates λᵢ (product form), so each is mmc(λᵢ, μᵢ, cᵢ);
 *   network            L = Σ Lᵢ, and by Little's law the mean time from entering to leaving
 *                      is T = L / Σ γᵢ = Σ vᵢWᵢ with visit ratios vᵢ = λᵢ / Σ γ.
 * Steady state needs every ρᵢ = λᵢ/(cᵢμᵢ) < 1. If some customers can never leave (a closed
 * subnetwork: from those stations no route leads out), I − Pᵀ is singular and there is no
 * open-network answer.
 */
import { solveLinearSystem } from './linearSolve.ts';
import { mmc } from './mmc.ts';
import { type Overloaded, isSaturated } from './result.ts';
import {
  requireNonNegative,
  requirePositive,
  requirePositiveInteger,
  requireProbability,
} from './validate.ts';

/** One station of the network. */
export interface JacksonStation {
  /** γᵢ: arrivals per minute from outside the network (≥ 0). */
  readonly externalArrivalRate: number;
  /** cᵢ: identical servers (whole number ≥ 1). */
  readonly servers: number;
  /** μᵢ: services per minute by one busy server (> 0). */
  readonly serviceRate: number;
}

/** The network: stations and the routing matrix P (n × n, rows sum to at most 1). */
export interface JacksonInput {
  readonly stations: readonly JacksonStation[];
  /** P[i][j]: probability of going to station j after service at station i. */
  readonly routing: readonly (readonly number[])[];
}

/** A station's flow: known whether or not the network is stable. */
export interface JacksonStationLoad {
  /** λᵢ: total arrivals per minute (external plus routed), from the traffic equations */
  readonly arrivalRate: number;
  /** ρᵢ = λᵢ/(cᵢμᵢ) */
  readonly utilization: number;
  /** vᵢ = λᵢ / Σγ: mean visits to the station per customer entering the network */
  readonly visitRatio: number;
}

/** A station's steady state in a stable network. Times in minutes, lengths in customers. */
export interface JacksonStationResult extends JacksonStationLoad {
  /** Erlang C at the station */
  readonly probabilityOfWaiting: number;
  /** Wqᵢ, minutes per visit */
  readonly meanWaitInQueue: number;
  /** Wᵢ = Wqᵢ + 1/μᵢ, minutes per visit */
  readonly meanTimeAtStation: number;
  /** Lqᵢ, customers waiting */
  readonly meanQueueLength: number;
  /** Lᵢ, customers waiting or in service */
  readonly meanNumberAtStation: number;
}

export interface JacksonStable {
  readonly stable: true;
  readonly stations: readonly JacksonStationResult[];
  /** Σ γᵢ, customers entering (and, in steady state, leaving) per minute */
  readonly totalExternalArrivalRate: number;
  /** L = Σ Lᵢ, customers in the network */
  readonly meanNumberInSystem: number;
  /** T = L / Σγ (Little), minutes from entering the network to leaving it */
  readonly meanTimeInSystem: number;
}

/** Some station has ρᵢ ≥ 1; `utilization` is the highest station utilisation. */
export interface JacksonOverloaded extends Overloaded {
  readonly stations: readonly JacksonStationLoad[];
  /** Indexes of the stations with ρᵢ ≥ 1. */
  readonly overloadedStations: readonly number[];
}

/** No route out of some stations: I − Pᵀ is singular and λ has no unique solution. */
export interface JacksonClosed {
  readonly stable: false;
  readonly reason: 'closed';
  /** Indexes of the stations from which no sequence of routes leads out of the network. */
  readonly trappedStations: readonly number[];
}

/**
 * Every station can reach the exit, yet elimination met a pivot below 1e-12: routes out
 * exist but are so unlikely (exit probabilities ≈ 1e-12) that the network is numerically
 * closed.
 */
export interface JacksonSingular {
  readonly stable: false;
  readonly reason: 'singular';
}

export type JacksonResult = JacksonStable | JacksonOverloaded | JacksonClosed | JacksonSingular;

/** Exit probabilities at or below this count as 0 (rounding of rows that sum to 1). */
const EXIT_TOLERANCE = 1e-12;
/** Row sums may exceed 1 by this much (rounding of probabilities entered by people). */
const ROW_SUM_SLACK = 1e-9;

/**
 * Solves an open Jackson network (model, formulas and assumptions in the file comment).
 * Returns per-station λᵢ, ρᵢ, Wqᵢ, Lᵢ … and the network's mean time in system, or
 * `{ stable: false }` with reason 'overloaded' (some ρᵢ ≥ 1), 'closed' (stations with no
 * way out) or 'singular' (numerically closed). Throws RangeError for malformed input: P
 * not n × n, entries outside [0, 1], a row summing above 1, invalid station parameters,
 * or no external arrivals at all (then no time in system is defined).
 */
export function jackson(input: JacksonInput): JacksonResult {
  const { stations, routing } = input;
  const n = stations.length;
  if (n === 0) throw new RangeError('a network needs at least one station');
  validate(stations, routing);
  const totalExternalArrivalRate = stations.reduce((sum, s) => sum + s.externalArrivalRate, 0);
  if (!(totalExternalArrivalRate > 0)) {
    throw new RangeError('a network needs a positive external arrival rate somewhere');
  }

  const trappedStations = stationsWithoutExit(routing, n);
  if (trappedStations.length > 0) return { stable: false, reason: 'closed', trappedStations };

  // (I − Pᵀ)λ = γ: row i of the system is λᵢ − Σⱼ P[j][i]·λⱼ = γᵢ.
  const system = stations.map((_, i) =>
    stations.map((__, j) => (i === j ? 1 : 0) - routing[j]![i]!),
  );
  const solution = solveLinearSystem(
    system,
    stations.map((s) => s.externalArrivalRate),
  );
  if (solution === null) return { stable: false, reason: 'singular' };
  // λ ≥ 0 in exact arithmetic (λ = Σₖ (Pᵀ)ᵏγ); clear rounding below 0.
  const arrivalRates = solution.map((rate) => Math.max(0, rate));

  const loads: JacksonStationLoad[] = stations.map((station, i) => ({
    arrivalRate: arrivalRates[i]!,
    utilization: arrivalRates[i]! / (station.servers * station.serviceRate),
    visitRatio: arrivalRates[i]! / totalExternalArrivalRate,
  }));
  const overloadedStations = loads.flatMap((load, i) => (isSaturated(load.utilization) ? [i] : []));
  if (overloadedStations.length > 0) {
    return {
      stable: false,
      reason: 'overloaded',
      utilization: Math.max(...loads.map((load) => load.utilization)),
      stations: loads,
      overloadedStations,
    };
  }

  const results: JacksonStationResult[] = stations.map((station, i) => {
    const load = loads[i]!;
    const queue = mmc({
      arrivalRate: load.arrivalRate,
      serviceRate: station.serviceRate,
      servers: station.servers,
    });
    if (!queue.stable) throw new Error('unreachable: station checked stable above');
    return {
      ...load,
      probabilityOfWaiting: queue.probabilityOfWaiting,
      meanWaitInQueue: queue.meanWaitInQueue,
      meanTimeAtStation: queue.meanTimeInSystem,
      meanQueueLength: queue.meanQueueLength,
      meanNumberAtStation: queue.meanNumberInSystem,
    };
  });
  const meanNumberInSystem = results.reduce((sum, s) => sum + s.meanNumberAtStation, 0);
  return {
    stable: true,
    stations: results,
    totalExternalArrivalRate,
    meanNumberInSystem,
    meanTimeInSystem: meanNumberInSystem / totalExternalArrivalRate,
  };
}

/**
 * The classic rework loop: one station whose customers come back for another service with
 * probability p (independently each time) sees the external rate λ inflated to
 * λ / (1 − p), and each customer is served 1/(1 − p) times on average (geometric number of
 * visits). Per minute in, per minute out; p must be in [0, 1).
 */
export function reworkArrivalRate(externalArrivalRate: number, reworkProbability: number): number {
  requireNonNegative('externalArrivalRate', externalArrivalRate);
  requireProbability('reworkProbability', reworkProbability);
  if (reworkProbability === 1) {
    throw new RangeError('reworkProbability must be below 1: with 1 nobody ever leaves');
  }
  return externalArrivalRate / (1 - reworkProbability);
}

function validate(
  stations: readonly JacksonStation[],
  routing: readonly (readonly number[])[],
): void {
  const n = stations.length;
  stations.forEach((station, i) => {
    requireNonNegative(`stations[${i}].externalArrivalRate`, station.externalArrivalRate);
    requirePositiveInteger(`stations[${i}].servers`, station.servers);
    requirePositive(`stations[${i}].serviceRate`, station.serviceRate);
  });
  if (routing.length !== n) {
    throw new RangeError(`routing must have ${n} rows (one per station), got ${routing.length}`);
  }
  routing.forEach((row, i) => {
    if (row.length !== n) {
      throw new RangeError(`routing[${i}] must have ${n} entries, got ${row.length}`);
    }
    row.forEach((p, j) => requireProbability(`routing[${i}][${j}]`, p));
    const sum = row.reduce((total, p) => total + p, 0);
    if (sum > 1 + ROW_SUM_SLACK) {
      throw new RangeError(`routing[${i}] sums to ${sum}, more than 1`);
    }
  });
}

/**
 * Stations from which no sequence of positive-probability routes reaches a station with a
 * positive exit probability: customers there circulate for ever. Backward search from the
 * stations that can leave.
 */
function stationsWithoutExit(routing: readonly (readonly number[])[], n: number): number[] {
  const canLeave = routing.map(
    (row) => 1 - row.reduce((total, p) => total + p, 0) > EXIT_TOLERANCE,
  );
  const pending = canLeave.flatMap((leaves, i) => (leaves ? [i] : []));
  while (pending.length > 0) {
    const j = pending.pop()!;
    for (let i = 0; i < n; i++) {
      if (!canLeave[i] && routing[i]![j]! > 0) {
        canLeave[i] = true;
        pending.push(i);
      }
    }
  }
  return canLeave.flatMap((leaves, i) => (leaves ? [] : [i]));
}

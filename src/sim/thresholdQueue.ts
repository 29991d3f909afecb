/**
 * An M/M/c queue whose arrivals thin out as its line grows: the lobby manager's diversion
 * (a flow's `when`) seen from the pool it reads. Part of the arrivals come whatever the
 * line (`always`); each rule's stream joins only while fewer than its `atLeast` wait, and
 * is sent on otherwise, save a share `comesBack` of those sent on who join all the same
 * (half of those offered the machine need the counter after all: they come back while
 * the line is still long). With exponential service at rate μ the number in the pool is a
 * birth–death chain: birth rate λ(n) = always + Σ over the rules of their rate, times
 * `comesBack` where (n − c)⁺ ≥ N; death rate min(n, c)·μ, so
 *   π(n + 1) = π(n) · λ(n) / (min(n + 1, c)·μ)
 * and above the highest threshold the chain is an M/M/c tail with ratio r = λ(top)/(cμ)
 * (geometric, summed in closed form; r ≥ 1 has no steady state). By PASTA an arrival finds
 * the chain's distribution, so a rule's diverted share is P((n − c)⁺ ≥ N), and the mean
 * wait of those who join is Lq over the rate that joins (Little).
 *
 * A threshold need not be whole: N = k + f (0 < f < 1) is the rule "send on from k + 1
 * waiting, and at k waiting send on a share 1 − f" (a randomised threshold), so its
 * figures lie between those of k and k + 1. The estimates use it for a line whose
 * arrivals or services are not exponential (diversionDemand.ts).
 */

/**
 * A stream that joins only while fewer than `atLeast` wait (per minute); a threshold that
 * is not whole is a randomised one (file comment).
 */
export interface ThresholdStream {
  rate: number;
  atLeast: number;
  /** Of those sent on, the share who join the line all the same (0 when absent). */
  comesBack?: number;
}

export interface ThresholdQueueInput {
  servers: number;
  /** Mean service, minutes. */
  meanService: number;
  /** Arrivals per minute that join whatever the line. */
  always: number;
  streams: readonly ThresholdStream[];
}

export interface ThresholdQueue {
  /** False when even the arrivals that join however long the line are more than the units serve. */
  stable: boolean;
  /** Per stream: the share of its arrivals sent on (1 for every stream when not stable). */
  diverted: number[];
  /** Customers joining per minute: always + Σ rate·(1 − diverted). */
  joinRate: number;
  /** Mean number waiting (not in service); Infinity when not stable. */
  meanQueue: number;
  /** Mean wait in the queue of those who join, minutes; Infinity when not stable. */
  meanWait: number;
  /** The chance that one who joins has to wait (all units busy when they join). */
  waitProbability: number;
  /** The longest line the rules let grow before all of them send on: the highest `atLeast`. */
  room: number;
}

/** States past which the weights are this small against the largest are left out. */
const NEGLIGIBLE = 1e-18;

/** Largest number of states walked before the tail takes over (a typo in a threshold). */
const MAX_STATES = 2_000_000;

function unstable(streams: readonly ThresholdStream[], always: number): ThresholdQueue {
  return {
    stable: false,
    diverted: streams.map(() => 1),
    joinRate: always,
    meanQueue: Infinity,
    meanWait: Infinity,
    waitProbability: 1,
    room: Math.max(0, ...streams.map((s) => Math.ceil(s.atLeast))),
  };
}

/**
 * The chance that a customer of the stream joins when `waiting` wait (a whole number, or
 * negative with units free): 1 below the threshold, 0 from its ceiling on, and the
 * threshold's fraction at its floor when it is not whole.
 */
function joinChance(stream: ThresholdStream, waiting: number): number {
  return Math.min(1, Math.max(0, stream.atLeast - Math.max(0, waiting)));
}

/** Solves the chain (file comment). Servers are whole units, at least one. */
export function thresholdQueue(input: ThresholdQueueInput): ThresholdQueue {
  const { servers, meanService, always, streams } = input;
  const mu = 1 / meanService;
  const full = servers * mu;
  const offered = always + streams.reduce((sum, s) => sum + s.rate, 0);
  if (offered === 0 || meanService === 0)
    return {
      stable: true,
      diverted: streams.map(() => 0),
      joinRate: offered,
      meanQueue: 0,
      meanWait: 0,
      waitProbability: 0,
      room: Math.max(0, ...streams.map((s) => Math.ceil(s.atLeast))),
    };
  const top = servers + Math.max(0, ...streams.map((s) => Math.ceil(s.atLeast)));
  const birth = (n: number) => {
    const waiting = Math.max(0, n - servers);
    let rate = always;
    for (const s of streams) {
      const joins = joinChance(s, waiting);
      rate += s.rate * (joins + (1 - joins) * (s.comesBack ?? 0));
    }
    return rate;
  };
  // Past every threshold only those who join whatever the line keep coming.
  const beyond = birth(top);
  if (servers < 1 || beyond >= full) return unstable(streams, beyond);
  // Weights relative to π(0), rescaled as they grow so that nothing overflows.
  let weight = 1;
  let total = 0;
  let queue = 0; // Σ (n − c)⁺ π(n)
  let joining = 0; // Σ λ(n) π(n)
  let waitingJoins = 0; // Σ λ(n) π(n), n ≥ c
  const divertedMass = streams.map(() => 0);
  const add = (n: number, w: number) => {
    const rate = birth(n);
    total += w;
    joining += rate * w;
    if (n >= servers) {
      waitingJoins += rate * w;
      queue += (n - servers) * w;
    }
    streams.forEach((s, k) => (divertedMass[k]! += w * (1 - joinChance(s, n - servers))));
  };
  const rescale = (factor: number) => {
    total *= factor;
    queue *= factor;
    joining *= factor;
    waitingJoins *= factor;
    divertedMass.forEach((m, k) => (divertedMass[k] = m * factor));
  };
  let n = 0;
  let largest = 1;
  for (; n < top && n < MAX_STATES; n++) {
    add(n, weight);
    const ratio = birth(n) / (Math.min(n + 1, servers) * mu);
    weight *= ratio;
    largest = Math.max(largest, weight);
    if (weight > 1e200) {
      rescale(1e-200);
      weight *= 1e-200;
      largest *= 1e-200;
    }
    // Past the units, with the weights falling, the rest holds nothing that counts.
    if (n >= servers && ratio < 1 && weight < NEGLIGIBLE * largest) {
      weight = 0;
      break;
    }
  }
  // From state n on, every rule sends on: a geometric tail of ratio r.
  const r = beyond / full;
  if (weight > 0) {
    const lead = n - servers;
    const tail = weight / (1 - r);
    total += tail;
    joining += beyond * tail;
    waitingJoins += beyond * tail;
    queue += weight * (lead / (1 - r) + r / ((1 - r) * (1 - r)));
    streams.forEach((s, k) => (divertedMass[k]! += tail * (1 - joinChance(s, lead))));
  }
  const joinRate = joining / total;
  const meanQueue = queue / total;
  return {
    stable: true,
    diverted: divertedMass.map((m) => m / total),
    joinRate,
    meanQueue,
    meanWait: joinRate > 0 ? meanQueue / joinRate : 0,
    waitProbability: joining > 0 ? waitingJoins / joining : 0,
    room: top - servers,
  };
}

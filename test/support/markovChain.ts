/**
 * The stationary distribution of a finite continuous-time Markov chain, solved
 * numerically: Gauss–Seidel sweeps over the global balance equations
 * π_j · (rate out of j) = Σ_i π_i · q(i → j), renormalised after each sweep, until no
 * probability changes by more than `tolerance` relative to the largest.
 */

export interface Chain {
  states: number;
  /** Calls `add(to, rate)` for every transition out of `state`. */
  transitions(state: number, add: (to: number, rate: number) => void): void;
}

export function stationary(chain: Chain, tolerance = 1e-13, maxSweeps = 200_000): Float64Array {
  const { states } = chain;
  const outRate = new Float64Array(states);
  const incoming: { from: number; rate: number }[][] = Array.from({ length: states }, () => []);
  for (let i = 0; i < states; i++) {
    chain.transitions(i, (to, rate) => {
      if (to === i || rate <= 0) return;
      outRate[i]! += rate;
      incoming[to]!.push({ from: i, rate });
    });
  }
  const pi = new Float64Array(states).fill(1 / states);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let change = 0;
    for (let j = 0; j < states; j++) {
      let inflow = 0;
      for (const { from, rate } of incoming[j]!) inflow += pi[from]! * rate;
      const next = inflow / outRate[j]!;
      change = Math.max(change, Math.abs(next - pi[j]!));
      pi[j] = next;
    }
    let total = 0;
    for (let j = 0; j < states; j++) total += pi[j]!;
    let largest = 0;
    for (let j = 0; j < states; j++) largest = Math.max(largest, (pi[j]! /= total));
    if (change / total < tolerance * largest) return pi;
  }
  throw new Error('the stationary distribution did not converge');
}

/** The largest |π Q| over the states: how far a solution is from balance. */
export function balanceResidual(chain: Chain, pi: Float64Array): number {
  const net = new Float64Array(chain.states);
  for (let i = 0; i < chain.states; i++) {
    chain.transitions(i, (to, rate) => {
      if (to === i) return;
      net[i]! -= pi[i]! * rate;
      net[to]! += pi[i]! * rate;
    });
  }
  return net.reduce((worst, value) => Math.max(worst, Math.abs(value)), 0);
}

/**
 * Independent reference computations for the analysis tests: textbook formulas evaluated
 * a different way from src/analysis (direct sums in log space, numerical integration), so
 * that agreement means something.
 */

/**
 * Erlang C from the direct formula
 *   C = (aᶜ/c!)·(1/(1−ρ)) / (Σ_{k<c} aᵏ/k! + (aᶜ/c!)·(1/(1−ρ)))
 * with every term taken in log space (log-sum-exp), so it works for c in the thousands.
 */
export function erlangCDirect(servers: number, offeredLoad: number): number {
  const rho = offeredLoad / servers;
  const logTerms: number[] = [0];
  for (let k = 1; k <= servers; k++) {
    logTerms.push(logTerms[k - 1]! + Math.log(offeredLoad) - Math.log(k));
  }
  const logWaiting = logTerms[servers]! - Math.log(1 - rho);
  const all = [...logTerms.slice(0, servers), logWaiting];
  const top = Math.max(...all);
  const logTotal = top + Math.log(all.reduce((sum, t) => sum + Math.exp(t - top), 0));
  return Math.exp(logWaiting - logTotal);
}

/** ∫ f over [from, to] by composite Simpson's rule with `intervals` (even) panels. */
export function simpson(
  f: (x: number) => number,
  from: number,
  to: number,
  intervals = 20_000,
): number {
  const h = (to - from) / intervals;
  let sum = f(from) + f(to);
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
  return (sum * h) / 3;
}

/** Mean and variance of a density on [from, to], by numerical integration. */
export function momentsByIntegration(
  density: (x: number) => number,
  from: number,
  to: number,
): { mass: number; mean: number; variance: number } {
  const mass = simpson(density, from, to);
  const mean = simpson((x) => x * density(x), from, to) / mass;
  const variance = simpson((x) => (x - mean) ** 2 * density(x), from, to) / mass;
  return { mass, mean, variance };
}

/** Relative difference |a − b| / max(|a|, |b|), 0 when both are 0. */
export function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/**
 * How long a customer who finds all c servers busy waits for the first of them to
 * finish, when each service in progress has run an equilibrium age (what an arrival
 * sees): the minimum of c independent residual services,
 *   E[R₍₁₎] = ∫₀^∞ Ḡₑ(x)^c dx,   Ḡₑ(x) = E[(S − x)⁺] / E[S],
 * Ḡₑ the survival function of the residual service (the equilibrium distribution).
 * For exponential services it is E[S]/c; for one server E[S²]/(2E[S]), the residual of
 * Pollaczek–Khinchine; for fixed services D/(c + 1). A priority queue's top class waits
 * mostly this long (priority.ts), which is longer than E[S]·(1 + c_s²)/(2c), the
 * Allen–Cunneen share of a FCFS wait, when the services are more regular than exponential
 * (c_s² = 0.2 and c = 4: 0.20·E[S] against 0.15·E[S]).
 *
 * Only the service's mean and squared coefficient of variation are known here, so the
 * service is taken as the gamma of those two moments (fixed when c_s² is 0), for which
 *   E[(S − x)⁺] = kθ·Q(k + 1, x/θ) − x·Q(k, x/θ),   k = 1/c_s², θ = E[S]·c_s²,
 * Q the regularised upper incomplete gamma function, and the integral is Simpson's rule
 * up to where the residual's tail is below 10⁻¹².
 */
import { gammaQuantile, regularizedGamma } from './fit/specialFunctions.ts';
import { requireNonNegative, requirePositiveInteger } from './validate.ts';

/** Simpson intervals: the integrand is smooth, a few hundred give 6 or more digits. */
const INTERVALS = 600;

/** Below this c_s² the service counts as fixed (the gamma's shape would be enormous). */
const FIXED_BELOW = 1e-4;

/** E[min of c equilibrium residual services] for a gamma service of the given mean and c_s². */
export function firstDepartureMinutes(servers: number, mean: number, scv: number): number {
  requirePositiveInteger('servers', servers);
  requireNonNegative('mean', mean);
  requireNonNegative('scv', scv);
  if (mean === 0) return 0;
  if (servers === 1) return (mean * (1 + scv)) / 2;
  if (Math.abs(scv - 1) <= 1e-12) return mean / servers;
  if (scv < FIXED_BELOW) return mean / (servers + 1);
  const shape = 1 / scv;
  const scale = mean * scv;
  const residualSurvival = (x: number): number => {
    if (x <= 0) return 1;
    const over = regularizedGamma(shape + 1, x / scale).upper;
    const beyond = regularizedGamma(shape, x / scale).upper;
    return Math.max(0, (mean * over - x * beyond) / mean);
  };
  const end = scale * gammaQuantile(shape + 1, 1 - 1e-12);
  const h = end / INTERVALS;
  let sum = 1 + residualSurvival(end) ** servers;
  for (let i = 1; i < INTERVALS; i++)
    sum += (i % 2 === 1 ? 4 : 2) * residualSurvival(i * h) ** servers;
  return (sum * h) / 3;
}

/**
 * Patience when the log knows only when a ticket was called (a queue-ticket machine's
 * 过号): a customer who gave up left at some unknown time *before* the call, so their
 * patience is below the wait to the call (left-censored); a customer who was served had
 * patience above theirs (right-censored). Using the wait to the call as the moment they
 * left (patience.ts) overstates patience. Exponential patience of rate λ by maximum
 * likelihood on both kinds:
 *
 *   ln L(λ) = Σ_gave-up ln(1 − e^{−λ w}) − λ Σ_served w,
 *
 * concave in λ, its score decreasing, so the root is found by bisection; the interval is
 * the likelihood-ratio one, {λ : 2(ln L(λ̂) − ln L(λ)) ≤ z²}. The waits of those who gave up
 * are kept on a fixed fine grid (memory fixed, not per row).
 */
import type { Distribution } from '../../model/index.ts';
import { type Estimate, checkConfidence, roundSignificant, zFor } from './estimate.ts';

const GRID_MINUTES = 0.1;
const HORIZON_MINUTES = 600;

export class CalledPatienceSample {
  /** Customers who gave up, by their wait to the call on a 0.1-minute grid (longer: last cell). */
  private readonly gaveUp = new Uint32Array(HORIZON_MINUTES / GRID_MINUTES);
  private abandonedCount = 0;
  private servedCount = 0;
  private servedMinutes = 0;

  get abandoned(): number {
    return this.abandonedCount;
  }

  get served(): number {
    return this.servedCount;
  }

  /** One ticket's wait to the call, and whether it was 过号; false when refused. */
  add(waitMinutes: number, abandoned: boolean): boolean {
    if (!(waitMinutes >= 0 && waitMinutes < Infinity)) return false;
    if (abandoned) {
      const cell = Math.min(this.gaveUp.length - 1, Math.floor(waitMinutes / GRID_MINUTES));
      this.gaveUp[cell]!++;
      this.abandonedCount++;
    } else {
      this.servedCount++;
      this.servedMinutes += waitMinutes;
    }
    return true;
  }

  /** ln L at rate λ, and its derivative. */
  logLikelihood(rate: number): { value: number; slope: number } {
    let value = -rate * this.servedMinutes;
    let slope = -this.servedMinutes;
    this.gaveUp.forEach((count, cell) => {
      if (count === 0) return;
      const wait = (cell + 0.5) * GRID_MINUTES;
      const survive = Math.exp(-rate * wait);
      value += count * Math.log1p(-survive);
      slope += (count * wait * survive) / -Math.expm1(-rate * wait);
    });
    return { value, slope };
  }
}

export type CalledPatienceFit =
  | {
      readonly ok: true;
      readonly abandoned: number;
      readonly served: number;
      /** Mean patience (1/λ̂), minutes, with its likelihood-ratio interval. */
      readonly mean: Estimate;
      readonly distribution: Distribution;
    }
  | {
      readonly ok: false;
      /** no-abandonments: nobody gave up; all-abandoned: nobody was served (no upper bound). */
      readonly reason: 'no-abandonments' | 'all-abandoned';
      readonly abandoned: number;
      readonly served: number;
    };

/** The rate in [low, high] (per minute, on a log scale) where `f` changes sign from + to −. */
function bisect(f: (rate: number) => number, low: number, high: number): number {
  let a = Math.log(low);
  let b = Math.log(high);
  for (let i = 0; i < 200 && b - a > 1e-12; i++) {
    const middle = (a + b) / 2;
    if (f(Math.exp(middle)) > 0) a = middle;
    else b = middle;
  }
  return Math.exp((a + b) / 2);
}

export function fitCalledPatience(
  sample: CalledPatienceSample,
  options: { confidence?: number } = {},
): CalledPatienceFit {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  const { abandoned, served } = sample;
  if (abandoned === 0) return { ok: false, reason: 'no-abandonments', abandoned, served };
  if (served === 0) return { ok: false, reason: 'all-abandoned', abandoned, served };
  // Patience between a second and ten years covers every branch.
  const [low, high] = [1e-7, 60];
  const rate = bisect((r) => sample.logLikelihood(r).slope, low, high);
  const best = sample.logLikelihood(rate).value;
  const drop = zFor(confidence) ** 2 / 2;
  const inside = (r: number) => best - sample.logLikelihood(r).value - drop;
  // Below λ̂ the likelihood falls as λ falls; above, as it rises.
  const rateLow = bisect(inside, low, rate);
  const rateHigh = bisect((r) => -inside(r), rate, high);
  const mean = 1 / rate;
  return {
    ok: true,
    abandoned,
    served,
    mean: { value: mean, lower: 1 / rateHigh, upper: 1 / rateLow },
    distribution: { type: 'exponential', mean: roundSignificant(mean) },
  };
}

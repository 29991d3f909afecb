/**
 * Patience from a queue's record: a customer who gave up waited exactly their patience
 * (an event); a customer who was served waited less than their patience (right-censored:
 * all we know is that patience was longer). Treating served waits as patience, or
 * averaging only the abandoned waits, both understate patience badly; these estimators
 * use both kinds correctly.
 *
 * - Exponential patience by maximum likelihood with censoring: rate = events / exposure
 *   (total minutes waited by everyone), with the interval from the Poisson likelihood
 *   of the event count (Cox and Oakes, "Analysis of survival data", 3.2).
 * - Kaplan–Meier survival of patience on a fine fixed grid, with Greenwood's variance on
 *   the log(−log) scale, to see whether the exponential shape holds.
 */
import type { Distribution } from '../../model/index.ts';
import { type Estimate, checkConfidence, roundSignificant, zFor } from './estimate.ts';
import { gammaQuantile } from './specialFunctions.ts';

export interface PatienceOptions {
  /** Width of the Kaplan–Meier grid in minutes; default 0.5. */
  gridMinutes?: number;
  /** Waits up to this many minutes are kept on the grid (longer ones only in the totals); default 120. */
  horizonMinutes?: number;
}

/** Waits of customers who gave up and of customers who were served, in fixed memory. */
export class PatienceSample {
  readonly gridMinutes: number;
  readonly horizonMinutes: number;
  /** Per grid bin: customers who gave up, and customers served (censored), with a wait in it. */
  private readonly events: Uint32Array;
  private readonly censored: Uint32Array;
  private abandonedCount = 0;
  private servedCount = 0;
  private waitedMinutes = 0;
  private refusedCount = 0;

  constructor(options: PatienceOptions = {}) {
    this.gridMinutes = options.gridMinutes ?? 0.5;
    this.horizonMinutes = options.horizonMinutes ?? 120;
    if (!(this.gridMinutes > 0 && this.horizonMinutes >= this.gridMinutes)) {
      throw new RangeError(
        'the patience grid needs gridMinutes > 0 and horizonMinutes ≥ gridMinutes',
      );
    }
    const bins = Math.ceil(this.horizonMinutes / this.gridMinutes);
    if (bins > 1_000_000) throw new RangeError('the patience grid would have over a million bins');
    this.events = new Uint32Array(bins);
    this.censored = new Uint32Array(bins);
  }

  /** Customers who gave up. */
  get abandoned(): number {
    return this.abandonedCount;
  }

  /** Customers served: their waits are censored. */
  get served(): number {
    return this.servedCount;
  }

  /** Total minutes waited by everyone: the exposure. */
  get exposure(): number {
    return this.waitedMinutes;
  }

  /** Waits refused: negative or not a number. */
  get refused(): number {
    return this.refusedCount;
  }

  /** One customer's wait in minutes and whether they gave up; false when refused. */
  add(waitMinutes: number, abandoned: boolean): boolean {
    if (!(waitMinutes >= 0 && waitMinutes < Infinity)) {
      this.refusedCount++;
      return false;
    }
    this.waitedMinutes += waitMinutes;
    if (abandoned) this.abandonedCount++;
    else this.servedCount++;
    const bin = Math.floor(waitMinutes / this.gridMinutes);
    if (bin < this.events.length) (abandoned ? this.events : this.censored)[bin]!++;
    return true;
  }

  /** Copies of the grid counts, for the Kaplan–Meier curve. */
  grid(): { events: Uint32Array; censored: Uint32Array } {
    return { events: this.events.slice(), censored: this.censored.slice() };
  }
}

/** The Kaplan–Meier estimate of P(patience > t) at the end of each grid bin. */
export interface KaplanMeierCurve {
  readonly minutes: readonly number[];
  readonly survival: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Customers still waiting at the start of each bin. */
  readonly atRisk: readonly number[];
}

export type PatienceFit =
  | {
      readonly ok: true;
      readonly abandoned: number;
      readonly served: number;
      readonly exposureMinutes: number;
      /** Mean patience of the exponential fit, minutes, with its interval. */
      readonly mean: Estimate;
      readonly kaplanMeier: KaplanMeierCurve;
      /**
       * The largest gap between the exponential's survival e^{−t/mean} and Kaplan–Meier's
       * over the grid: near 0 when the exponential shape holds.
       */
      readonly exponentialGap: number;
      readonly distribution: Distribution;
    }
  | {
      readonly ok: false;
      /** no-waits: nobody seen; no-abandonments: nobody gave up (patience beyond every wait seen). */
      readonly reason: 'no-waits' | 'no-abandonments';
      readonly served: number;
      readonly exposureMinutes: number;
      /** With no abandonments, the mean patience is at least this (one-sided, at the confidence). */
      readonly meanAtLeast?: number;
    };

export function fitPatience(
  sample: PatienceSample,
  options: { confidence?: number } = {},
): PatienceFit {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  const alpha = 1 - confidence;
  const { abandoned: events, served, exposure } = sample;
  if (events + served === 0 || !(exposure > 0)) {
    return { ok: false, reason: 'no-waits', served, exposureMinutes: exposure };
  }
  if (events === 0) {
    // With no events the one-sided upper bound of the rate is G⁻¹(1 − α; 1) / exposure.
    return {
      ok: false,
      reason: 'no-abandonments',
      served,
      exposureMinutes: exposure,
      meanAtLeast: exposure / gammaQuantile(1, 1 - alpha),
    };
  }
  const mean = exposure / events;
  const interval: Estimate = {
    value: mean,
    lower: exposure / gammaQuantile(events + 1, 1 - alpha / 2),
    upper: exposure / gammaQuantile(events, alpha / 2),
  };
  const kaplanMeier = kaplanMeierOnGrid(sample, confidence);
  const exponentialGap = kaplanMeier.minutes.reduce(
    (gap, t, i) => Math.max(gap, Math.abs(Math.exp(-t / mean) - kaplanMeier.survival[i]!)),
    0,
  );
  return {
    ok: true,
    abandoned: events,
    served,
    exposureMinutes: exposure,
    mean: interval,
    kaplanMeier,
    exponentialGap,
    distribution: { type: 'exponential', mean: roundSignificant(mean) },
  };
}

/**
 * Kaplan–Meier on the grid, as the actuarial life table (Cutler and Ederer): S(end of bin
 * j) = Π_{i ≤ j} (1 − d_i / r′_i), with r′_i = r_i − c_i/2 those still waiting at the start
 * of bin i less half of those served within it (served on average halfway through the
 * bin, so at risk for half of it). Counting them at risk for the whole bin would bias the
 * curve upward by about half the censoring hazard times the bin width at every bin. As
 * the grid narrows this is the Kaplan–Meier estimate. Greenwood's variance
 * Σ d/(r′(r′ − d)), carried to an interval on the log(−log S) scale, which stays in
 * [0, 1]. The curve stops where nobody is left at risk.
 */
function kaplanMeierOnGrid(sample: PatienceSample, confidence: number): KaplanMeierCurve {
  const z = zFor(confidence);
  const { events, censored } = sample.grid();
  let atRisk = sample.abandoned + sample.served;
  let survival = 1;
  let greenwood = 0;
  const curve = {
    minutes: [] as number[],
    survival: [] as number[],
    lower: [] as number[],
    upper: [] as number[],
    atRisk: [] as number[],
  };
  for (let j = 0; j < events.length && atRisk > 0; j++) {
    const d = events[j]!;
    const exposed = atRisk - censored[j]! / 2;
    if (d > 0) {
      survival *= Math.max(0, 1 - d / exposed);
      greenwood += exposed > d ? d / (exposed * (exposed - d)) : 0;
    }
    let lower = survival;
    let upper = survival;
    if (survival > 0 && survival < 1) {
      const spread = (z * Math.sqrt(greenwood)) / Math.abs(Math.log(survival));
      lower = Math.pow(survival, Math.exp(spread));
      upper = Math.pow(survival, Math.exp(-spread));
    }
    curve.minutes.push((j + 1) * sample.gridMinutes);
    curve.survival.push(survival);
    curve.lower.push(lower);
    curve.upper.push(upper);
    curve.atRisk.push(atRisk);
    atRisk -= d + censored[j]!;
  }
  return curve;
}

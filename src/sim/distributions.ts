/**
 * Samplers for the format's duration distributions, all in minutes. One class with a
 * switch rather than a class per distribution: the engine calls `sample` from one place
 * for every step, and a single monomorphic call site stays fast.
 */
import { distributionMoments } from '../analysis/moments.ts';
import type { Distribution } from '../model/index.ts';
import type { Random } from './random.ts';
import { exp, ln, pow } from './math.ts';

const enum Kind {
  Fixed,
  Uniform,
  Triangular,
  Exponential,
  Normal,
  Lognormal,
  Gamma,
  Empirical,
}

/** A standard normal deviate by the Marsaglia polar method (the spare is discarded). */
function standardNormal(random: Random): number {
  for (;;) {
    const u = 2 * random.next() - 1;
    const v = 2 * random.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * ln(s)) / s);
  }
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape < 1 via the u^(1/shape) boost. */
function standardGamma(random: Random, shape: number): number {
  if (shape < 1) return standardGamma(random, shape + 1) * pow(random.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (ln(u) < 0.5 * x * x + d * (1 - v + ln(v))) return d * v;
  }
}

/** Gamma shapes above this (cv below 0.001 %) are sampled as the fixed mean. */
const MAX_GAMMA_SHAPE = 1e10;

export class Sampler {
  private constructor(
    private readonly kind: Kind,
    private readonly p1: number,
    private readonly p2: number,
    private readonly p3: number,
    private readonly values: Float64Array,
    private readonly cumulative: Float64Array,
    /**
     * The mean in minutes of what `sample` draws, so a normal truncated at 0 counts above
     * its μ: from `distributionMoments`, the one source of means for offered load,
     * stability, estimates and the analysis.
     */
    readonly mean: number,
  ) {}

  static of(distribution: Distribution): Sampler {
    const none = new Float64Array(0);
    const mean = distributionMoments(distribution).mean;
    switch (distribution.type) {
      case 'fixed':
        return new Sampler(Kind.Fixed, distribution.value, 0, 0, none, none, mean);
      case 'uniform': {
        const { min, max } = distribution;
        return new Sampler(Kind.Uniform, min, max - min, 0, none, none, mean);
      }
      case 'triangular': {
        const { min, mode, max } = distribution;
        // p3 = F(mode): below it the left branch of the inverse CDF applies.
        return new Sampler(
          Kind.Triangular,
          min,
          max,
          mode,
          none,
          Float64Array.of((mode - min) / (max - min)),
          mean,
        );
      }
      case 'exponential':
        return new Sampler(Kind.Exponential, distribution.mean, 0, 0, none, none, mean);
      case 'normal':
        return new Sampler(Kind.Normal, distribution.mean, distribution.sd, 0, none, none, mean);
      case 'lognormal': {
        const { mean, sd } = distribution;
        const sigmaSquared = ln(1 + (sd * sd) / (mean * mean));
        return new Sampler(
          Kind.Lognormal,
          ln(mean) - sigmaSquared / 2,
          Math.sqrt(sigmaSquared),
          0,
          none,
          none,
          mean,
        );
      }
      case 'gamma': {
        const shape = 1 / (distribution.cv * distribution.cv);
        // A cv this small spreads the duration by less than a millionth of its mean, and
        // 1/cv² overflows to Infinity for cv < 1e-154 (Infinity × 0 is NaN, read as no
        // time at all): such a gamma is the fixed duration it practically is.
        if (!(shape <= MAX_GAMMA_SHAPE)) {
          return new Sampler(Kind.Fixed, distribution.mean, 0, 0, none, none, mean);
        }
        return new Sampler(Kind.Gamma, shape, distribution.mean / shape, 0, none, none, mean);
      }
      case 'empirical': {
        const values = Float64Array.from(distribution.values);
        const given = distribution.weights ?? distribution.values.map(() => 1);
        // Scaled to the largest first: weights near 1e308 would add up to Infinity and
        // leave every share 0 (always the last value).
        const largest = given.reduce((most, w) => Math.max(most, w), 0);
        const weights = given.map((w) => w / largest);
        const total = weights.reduce((sum, w) => sum + w, 0);
        const cumulative = new Float64Array(values.length);
        let running = 0;
        weights.forEach((weight, i) => {
          running += weight / total;
          cumulative[i] = running;
        });
        cumulative[values.length - 1] = 1;
        return new Sampler(Kind.Empirical, 0, 0, 0, values, cumulative, mean);
      }
    }
  }

  sample(random: Random): number {
    switch (this.kind) {
      case Kind.Fixed:
        return this.p1;
      case Kind.Uniform:
        return this.p1 + this.p2 * random.next();
      case Kind.Triangular: {
        const u = random.next();
        const min = this.p1;
        const max = this.p2;
        const mode = this.p3;
        return u < this.cumulative[0]!
          ? min + Math.sqrt(u * (max - min) * (mode - min))
          : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      }
      case Kind.Exponential:
        return -this.p1 * ln(random.next());
      case Kind.Normal: {
        if (this.p2 === 0) return Math.max(0, this.p1);
        for (let tries = 0; tries < 1000; tries++) {
          const x = this.p1 + this.p2 * standardNormal(random);
          if (x >= 0) return x;
        }
        return 0; // mean far below 0: practically always truncated
      }
      case Kind.Lognormal:
        return this.p2 === 0 ? exp(this.p1) : exp(this.p1 + this.p2 * standardNormal(random));
      case Kind.Gamma:
        return standardGamma(random, this.p1) * this.p2;
      case Kind.Empirical: {
        const u = random.next();
        const cumulative = this.cumulative;
        let low = 0;
        let high = cumulative.length - 1;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (cumulative[middle]! < u) low = middle + 1;
          else high = middle;
        }
        return this.values[low]!;
      }
    }
  }
}

/** A sampler for an optional distribution of the format; null where it is absent. */
export function optionalSampler(distribution: Distribution | undefined): Sampler | null {
  return distribution ? Sampler.of(distribution) : null;
}

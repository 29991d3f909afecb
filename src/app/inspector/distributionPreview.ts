/**
 * The shape of a duration distribution for the inspector's small picture: its density at
 * a few hundred points (continuous types) or spikes with their weights (fixed, empirical).
 * Computed from the parameters alone, with no sampling, so the picture is instant and
 * the same every time.
 */
import type { Distribution } from '../../model/index.ts';
import { standardNormalCdf, standardNormalDensity } from '../../analysis/normal.ts';

export interface PreviewShape {
  /** The x axis runs from 0 to this many minutes. */
  xMax: number;
  /** Density curve, y scaled so the highest point is 1; empty for discrete types. */
  curve: { x: number; y: number }[];
  /** Point masses, height scaled so the largest is 1. */
  spikes: { x: number; height: number }[];
}

export const PREVIEW_POINTS = 200;

export function previewShape(distribution: Distribution, points = PREVIEW_POINTS): PreviewShape {
  if (distribution.type === 'fixed')
    return {
      xMax: axisEnd(distribution.value * 1.5),
      curve: [],
      spikes: [{ x: distribution.value, height: 1 }],
    };
  if (distribution.type === 'empirical')
    return empiricalShape(distribution.values, distribution.weights);
  const xMax = axisEnd(upperEnd(distribution));
  const density = densityOf(distribution);
  // Points at the middle of each slice: avoids x = 0, where some densities are infinite.
  const curve = Array.from({ length: points }, (_, i) => {
    const x = ((i + 0.5) / points) * xMax;
    return { x, y: density(x) };
  });
  const top = Math.max(...curve.map((p) => p.y).filter(Number.isFinite));
  return {
    xMax,
    curve: curve.map((p) => ({ x: p.x, y: top > 0 ? Math.min(1, p.y / top) : 0 })),
    spikes: [],
  };
}

/** Never a zero-width axis (a fixed 0 or an empirical [0]). */
const axisEnd = (x: number): number => (x > 0 ? x : 1);

/** Where the picture ends: the maximum, or far enough in the tail (mean + 4 sd). */
function upperEnd(d: Exclude<Distribution, { type: 'fixed' | 'empirical' }>): number {
  switch (d.type) {
    case 'uniform':
    case 'triangular':
      return d.max * 1.1;
    case 'exponential':
      return d.mean * 5;
    case 'normal':
    case 'lognormal':
      return d.mean + 4 * d.sd;
    case 'gamma':
      return d.mean * (1 + 4 * d.cv);
  }
}

function densityOf(
  d: Exclude<Distribution, { type: 'fixed' | 'empirical' }>,
): (x: number) => number {
  switch (d.type) {
    case 'uniform':
      return (x) => (x >= d.min && x <= d.max ? 1 / Math.max(d.max - d.min, 1e-9) : 0);
    case 'triangular':
      return (x) => triangularDensity(x, d.min, d.mode, d.max);
    case 'exponential':
      return (x) => Math.exp(-x / d.mean) / d.mean;
    case 'normal':
      // Truncated at 0: the density above 0, renormalised.
      return (x) =>
        d.sd === 0
          ? Math.abs(x - d.mean) < d.mean / 50
            ? 1
            : 0
          : standardNormalDensity((x - d.mean) / d.sd) / d.sd / standardNormalCdf(d.mean / d.sd);
    case 'lognormal': {
      // The format gives the mean and sd of the duration; convert to those of its log.
      const sigma2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean));
      const mu = Math.log(d.mean) - sigma2 / 2;
      if (sigma2 === 0) return (x) => (Math.abs(x - d.mean) < d.mean / 50 ? 1 : 0);
      return (x) =>
        Math.exp(-((Math.log(x) - mu) ** 2) / (2 * sigma2)) / (x * Math.sqrt(2 * Math.PI * sigma2));
    }
    case 'gamma': {
      const shape = 1 / (d.cv * d.cv);
      const scale = d.mean * d.cv * d.cv;
      const logNorm = logGamma(shape) + shape * Math.log(scale);
      return (x) => Math.exp((shape - 1) * Math.log(x) - x / scale - logNorm);
    }
  }
}

function triangularDensity(x: number, a: number, m: number, b: number): number {
  if (x < a || x > b) return 0;
  if (x < m) return (2 * (x - a)) / ((b - a) * (m - a));
  if (x > m) return (2 * (b - x)) / ((b - a) * (b - m));
  return 2 / (b - a);
}

function empiricalShape(
  values: readonly number[],
  weights: readonly number[] | undefined,
): PreviewShape {
  const mass = new Map<number, number>();
  values.forEach((value, i) => mass.set(value, (mass.get(value) ?? 0) + (weights?.[i] ?? 1)));
  const top = Math.max(...mass.values());
  return {
    xMax: axisEnd(Math.max(...values) * 1.1),
    curve: [],
    spikes: [...mass].map(([x, weight]) => ({ x, height: top > 0 ? weight / top : 0 })),
  };
}

/** ln Γ(z) for z > 0 by the Lanczos approximation (g = 7, 9 terms; ~15 digits). */
export function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  const x = z - 1;
  let sum = c[0]!;
  for (let i = 1; i < 9; i++) sum += c[i]! / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

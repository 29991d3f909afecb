/**
 * A VIP window that serves ordinary customers when idle (a pool's `alsoServes`), against
 * its continuous-time Markov chain. VIP customers (Poisson, rate λv) queue for one VIP
 * window; ordinary customers (Poisson, rate λo) for c ordinary windows. Service is
 * exponential, of mean mv for a VIP and mo for an ordinary customer at either window.
 * An ordinary newcomer takes a free ordinary window, else the VIP window if it is idle,
 * else joins the ordinary line; the VIP window, when it finishes, calls its own next VIP,
 * and only with none waiting the front of the ordinary line.
 *
 * The state is (what the VIP window does: idle, a VIP, an ordinary customer; VIPs
 * waiting; ordinary customers at the ordinary windows, served or waiting). Both lines
 * are cut where their probability is negligible; the stationary distribution is solved
 * numerically (test/support/markovChain.ts). With P its probabilities:
 *
 * - VIP queue Lv = Σ qv π, wait Lv / λv; ordinary queue Lo = Σ max(n − c, 0) π, wait Lo / λo;
 * - the VIP window's ordinary customers per minute: P(serving ordinary) / mo, so its share of
 *   ordinary customers is that over λo, and its utilisation by them P(serving ordinary).
 */
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../src/model/index.ts';
import type { Estimate } from '../../src/sim/stats/confidence.ts';
import { simulateClean } from '../support/simulateClean.ts';
import { type Branch, type Figures, chainFigures, vipBranch } from '../support/vipWindow.ts';

interface Measured {
  name: keyof Figures;
  estimate: Estimate;
}

function measuredBy(blueprint: Blueprint, seed: number): Measured[] {
  const results = simulateClean(blueprint, seed);
  const lent = results.resources.vip!.alsoServed!;
  return [
    { name: 'vipQueue', estimate: results.steps['vip-counter']!.queueLength.mean },
    { name: 'vipWait', estimate: results.steps['vip-counter']!.wait! },
    { name: 'ordinaryQueue', estimate: results.steps.counter!.queueLength.mean },
    { name: 'ordinaryWait', estimate: results.steps.counter!.wait! },
    { name: 'share', estimate: lent.share },
    { name: 'lentUtilization', estimate: lent.utilization },
  ];
}

const SEEDS = Array.from({ length: 12 }, (_, i) => 2000 + 7919 * i);
const NAMES = [
  'vipQueue',
  'vipWait',
  'ordinaryQueue',
  'ordinaryWait',
  'share',
  'lentUtilization',
] as const;

/** Three ordinary windows at 92 % alone; the VIP window busy 48 % with its own. */
const HELPED: Branch = {
  vipRate: 0.08,
  ordinaryRate: 0.55,
  vipMean: 6,
  ordinaryMean: 5,
  windows: 3,
};
/** Ordinary windows offered 107 % of what they can do: only the VIP window's help keeps up. */
const OVERLOADED: Branch = {
  vipRate: 0.1,
  ordinaryRate: 0.64,
  vipMean: 4,
  ordinaryMean: 5,
  windows: 3,
};

describe('a VIP window that serves ordinary customers when idle matches its Markov chain', () => {
  it('the chain is solved: balanced, the cut lines hold no probability, the loads add up', () => {
    const figures = chainFigures(HELPED);
    expect(figures.residual).toBeLessThan(1e-12);
    expect(figures.tail).toBeLessThan(1e-9);
    // The VIP window's busy share is its own load plus the ordinary work it takes.
    expect(figures.vipUtilization - figures.lentUtilization).toBeCloseTo(0.08 * 6, 6);
    // Ordinary work done by both pools together is what arrives (2.75 windows' worth).
    expect(figures.share).toBeGreaterThan(0);
    // With the VIP window's help, ordinary customers wait less than at an M/M/3 alone.
    const a = 0.55 * 5;
    let term = 1;
    let sum = 1;
    for (let k = 1; k < 3; k++) sum += term *= a / k;
    const last = (term * a) / 3 / (1 - a / 3);
    const erlangWait = ((last / (sum + last)) * 5) / (3 - a);
    expect(figures.ordinaryWait).toBeLessThan(erlangWait);
  });

  it.each<[string, Branch]>([
    ['3 windows at 92 % alone, VIP 48 %', HELPED],
    ['3 windows at 107 % alone, VIP 40 %', OVERLOADED],
  ])(
    '%s: each line’s queue and wait, the VIP window’s share of the ordinary',
    (_, branch) => {
      const theory = chainFigures(branch, 40, 220);
      expect(theory.tail).toBeLessThan(1e-9);
      const blueprint = vipBranch(branch, 20_000, 8);
      const all = SEEDS.flatMap((seed) => measuredBy(blueprint, seed));
      const covered = all.filter(({ name, estimate }) => {
        const [low, high] = estimate.ci95!;
        return low <= theory[name] && theory[name] <= high;
      });
      // 72 intervals at 95 %: 68.4 expected to cover; 63 or fewer has a chance under 1 %.
      expect(covered.length, `${covered.length} of ${all.length} intervals cover`).toBeGreaterThan(
        63,
      );
      for (const name of NAMES) {
        // The seeds' means against the chain: within 3.5 of their standard errors (a
        // chance of 1 in 2 000 for a true mean), and within 5 % however many seeds.
        const means = all.filter((m) => m.name === name).map((m) => m.estimate.mean);
        const mean = means.reduce((sum, value) => sum + value, 0) / means.length;
        const variance =
          means.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (means.length - 1);
        const standardError = Math.sqrt(variance / means.length);
        const message = `${name}: ${mean} ± ${standardError} against ${theory[name]}`;
        expect(Math.abs(mean - theory[name]), message).toBeLessThan(3.5 * standardError);
        expect(Math.abs(mean / theory[name] - 1), message).toBeLessThan(0.05);
      }
    },
    120_000,
  );
});

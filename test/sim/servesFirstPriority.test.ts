/**
 * Teller windows that call VIP tickets first (`servesFirst`) beside a VIP window that
 * calls ordinary tickets when idle (`alsoServes`), against queueing theory. With equal
 * exponential service at every window, every free window takes the longest-waiting VIP
 * first, else the longest-waiting ordinary customer, and no window idles while anyone
 * waits: the branch is one M/M/(c+1) queue with two classes and non-preemptive priority.
 * Cobham's formula for equal rates (src/analysis/priority.ts) gives the class waits:
 *   Wq,VIP = C(N, a) / (Nμ) / (1 − σ₁),   Wq,ordinary = C(N, a) / (Nμ) / ((1 − σ₁)(1 − σ)),
 * N = c + 1 windows, a = λ/μ, σ₁ the VIPs' share of the capacity and σ the whole load.
 */
import { describe, expect, it } from 'vitest';
import { type PriorityStable, priorityMmc } from '../../src/analysis/priority.ts';
import type { Blueprint } from '../../src/model/index.ts';
import { simulateClean } from '../support/simulateClean.ts';
import { type Branch, vipBranch } from '../support/vipWindow.ts';

const SEEDS = Array.from({ length: 12 }, (_, i) => 4000 + 7919 * i);

/** VIPs first at every window of a VIP window and the tellers, each helping the other. */
function priorityBranch(branch: Branch, horizon: number, replications: number): Blueprint {
  const blueprint = vipBranch(branch, horizon, replications);
  const [tellers, vip] = blueprint.resources!;
  blueprint.resources = [{ ...tellers!, servesFirst: ['vip'] }, vip!];
  return blueprint;
}

/** The seeds' means of a figure: its mean over the seeds and the standard error of that. */
function overSeeds(values: number[]): { mean: number; standardError: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance =
    values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, standardError: Math.sqrt(variance / values.length) };
}

describe('tellers that call VIP tickets first make a priority M/M/(c+1)', () => {
  it.each<[string, Branch]>([
    [
      '3 tellers and a VIP window at 80 %, a fifth VIPs',
      { vipRate: 0.32, ordinaryRate: 1.28, vipMean: 2, ordinaryMean: 2, windows: 3 },
    ],
    [
      '2 tellers and a VIP window at 85 %, VIPs over one window’s worth',
      { vipRate: 0.6, ordinaryRate: 0.675, vipMean: 2, ordinaryMean: 2, windows: 2 },
    ],
  ])(
    '%s: each class’s wait',
    (_, branch) => {
      const theory = priorityMmc({
        servers: branch.windows + 1,
        serviceRate: 1 / branch.vipMean,
        arrivalRates: [branch.vipRate, branch.ordinaryRate],
      }) as PriorityStable;
      const expected = {
        vip: theory.classes[0]!.meanWaitInQueue,
        ordinary: theory.classes[1]!.meanWaitInQueue,
      };
      const blueprint = priorityBranch(branch, 20_000, 8);
      const runs = SEEDS.map((seed) => simulateClean(blueprint, seed));
      const measured = {
        vip: runs.map((r) => r.steps['vip-counter']!.wait!),
        ordinary: runs.map((r) => r.steps.counter!.wait!),
      };
      for (const name of ['vip', 'ordinary'] as const) {
        const covered = measured[name].filter(({ ci95 }) => {
          const [low, high] = ci95!;
          return low <= expected[name] && expected[name] <= high;
        }).length;
        // 12 intervals at 95 %: 8 or fewer cover with a chance under 0.3 %.
        expect(covered, `${name}: ${covered} of 12 intervals cover`).toBeGreaterThan(8);
        // The seeds' means within 3.5 of their standard errors (1 in 2 000 for a true
        // mean) and within 5 %.
        const { mean, standardError } = overSeeds(measured[name].map((e) => e.mean));
        const message = `${name}: ${mean} ± ${standardError} against ${expected[name]}`;
        expect(Math.abs(mean - expected[name]), message).toBeLessThan(3.5 * standardError);
        expect(Math.abs(mean / expected[name] - 1), message).toBeLessThan(0.05);
      }
      // The priority is real: VIPs wait less than ordinary customers by (1 − σ).
      expect(expected.vip / expected.ordinary).toBeCloseTo(1 - theory.utilization, 9);
    },
    120_000,
  );
});

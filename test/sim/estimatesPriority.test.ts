/**
 * The instant estimate of pools that call one another's queues in one order (a priority
 * group, src/sim/priorityPooling.ts: tellers that call VIP tickets first, a VIP window
 * that calls ordinary tickets when idle) against queueing theory and the simulator.
 *
 * - Equal exponential services: exactly Cobham's M/M/c priority formula.
 * - Services that differ (lognormal, or exponential of different means): the M/G/c
 *   approximation against runs over several seeds, each class's estimate within
 *   TOLERANCE of the seeds' mean wait.
 * - The VIP example (a business day with a lunch overload, patience, missed tickets): the
 *   VIPs' estimate inside most seeds' 95 % intervals and within VIP_TOLERANCE of their
 *   mean; the ordinary customers' estimate is short of the runs by about 30 %, the
 *   lunch queue kept longer by a patience with few early leavers (caveat
 *   `patience-shape`), within ORDINARY_TOLERANCE.
 */
import { describe, expect, it } from 'vitest';
import { type PriorityStable, priorityMmc } from '../../src/analysis/priority.ts';
import type { Blueprint } from '../../src/model/index.ts';
import { estimatePools } from '../../src/sim/estimates.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { pools, readExample } from '../support/estimates.ts';
import { simulateClean } from '../support/simulateClean.ts';
import { type Branch, vipBranch } from '../support/vipWindow.ts';

const TOLERANCE = 0.08;
const VIP_TOLERANCE = 0.1;
const ORDINARY_TOLERANCE = 0.4;
const SEEDS = Array.from({ length: 6 }, (_, i) => 7100 + 7919 * i);

/** VIPs first at every window of a VIP window and the tellers, each helping the other. */
function priorityBranch(branch: Branch, replications: number, cv?: number): Blueprint {
  const blueprint = vipBranch(branch, 20_000, replications);
  const [tellers, vip] = blueprint.resources!;
  blueprint.resources = [{ ...tellers!, servesFirst: ['vip'] }, vip!];
  if (cv !== undefined) {
    const [vipCounter, counter] = blueprint.steps;
    vipCounter!.duration = { type: 'lognormal', mean: branch.vipMean, sd: cv * branch.vipMean };
    counter!.duration = {
      type: 'lognormal',
      mean: branch.ordinaryMean,
      sd: cv * branch.ordinaryMean,
    };
  }
  return blueprint;
}

const mean = (values: number[]) => values.reduce((sum, x) => sum + x, 0) / values.length;

describe('a priority group’s estimate', () => {
  it.each<Branch>([
    { vipRate: 0.32, ordinaryRate: 1.28, vipMean: 2, ordinaryMean: 2, windows: 3 },
    { vipRate: 0.6, ordinaryRate: 0.675, vipMean: 2, ordinaryMean: 2, windows: 2 },
  ])('equal exponential services: Cobham’s M/M/c formula (%o)', (branch) => {
    const theory = priorityMmc({
      servers: branch.windows + 1,
      serviceRate: 1 / branch.vipMean,
      arrivalRates: [branch.vipRate, branch.ordinaryRate],
    }) as PriorityStable;
    const [tellers, vip] = pools(estimatePools(priorityBranch(branch, 1)));
    expect(vip!.meanWaitMinutes).toBeCloseTo(theory.classes[0]!.meanWaitInQueue, 9);
    expect(tellers!.meanWaitMinutes).toBeCloseTo(theory.classes[1]!.meanWaitInQueue, 9);
    const group = { pools: ['vip', 'tellers'], units: branch.windows + 1 };
    expect(vip!.priority).toEqual({ ...group, form: 'cobham-mmc-equal-rates', rank: 1 });
    expect(tellers!.priority).toEqual({ ...group, form: 'cobham-mmc-equal-rates', rank: 2 });
    expect(vip!.caveats).toEqual([]);
    expect(tellers!.caveats).toEqual([]);
    // Every window about as busy as the line; what the VIP window's units do beyond its
    // own customers' work is lent to the tellers (or, when VIPs bring more, taken by them).
    expect(vip!.utilization).toBeCloseTo(theory.utilization, 12);
    expect(tellers!.utilization).toBeCloseTo(theory.utilization, 12);
    const net = theory.utilization - branch.vipRate * branch.vipMean;
    expect(vip!.lentLoad - vip!.helpedLoad).toBeCloseTo(net, 12);
    expect(tellers!.helpedLoad - tellers!.lentLoad).toBeCloseTo(net, 12);
  });

  it.each<[string, Branch, number | undefined]>([
    [
      'lognormal (cv 0.45), 5.5 and 4.55 min, 3 tellers and a VIP window at 79 %',
      { vipRate: 0.08, ordinaryRate: 0.6, vipMean: 5.5, ordinaryMean: 4.55, windows: 3 },
      0.45,
    ],
    [
      'lognormal (cv 0.45), 5 and 4 min, 75 %, VIPs a third of the work',
      { vipRate: 0.2, ordinaryRate: 0.5, vipMean: 5, ordinaryMean: 4, windows: 3 },
      0.45,
    ],
    [
      'exponential, VIPs 2 min and ordinary 5 min, 2 tellers and a VIP window at 78 %',
      { vipRate: 0.3, ordinaryRate: 0.35, vipMean: 2, ordinaryMean: 5, windows: 2 },
      undefined,
    ],
  ])(
    '%s: each class within 8 % of runs over six seeds',
    (_, branch, cv) => {
      const blueprint = priorityBranch(branch, 4, cv);
      const [tellers, vip] = pools(estimatePools(blueprint));
      expect(vip!.priority!.form).toBe('mgc-approximation');
      expect(vip!.caveats).toEqual(['priority-approximate']);
      const runs = SEEDS.map((seed) => simulateClean(blueprint, seed));
      const measured = {
        vip: mean(runs.map((r) => r.steps['vip-counter']!.wait!.mean)),
        ordinary: mean(runs.map((r) => r.steps.counter!.wait!.mean)),
      };
      const estimate = { vip: vip!.meanWaitMinutes!, ordinary: tellers!.meanWaitMinutes! };
      for (const name of ['vip', 'ordinary'] as const) {
        const message = `${name}: estimate ${estimate[name]}, runs ${measured[name]}`;
        expect(Math.abs(estimate[name] / measured[name] - 1), message).toBeLessThan(TOLERANCE);
      }
    },
    120_000,
  );

  it('the VIP example: the VIPs’ wait within most seeds’ intervals', () => {
    const blueprint = readExample('counter-deposit-vip.json');
    const [tellers, vip] = pools(estimatePools(blueprint));
    const runs = SEEDS.slice(0, 5).map((seed) => simulate(blueprint, { seed }));
    const vipWaits = runs.map((r) => r.steps['f-vip']!.wait!);
    const covered = vipWaits.filter(({ ci95 }) => {
      const [low, high] = ci95!;
      return low <= vip!.meanWaitMinutes! && vip!.meanWaitMinutes! <= high;
    }).length;
    const vipMeasured = mean(vipWaits.map((w) => w.mean));
    const ordinaryMeasured = mean(runs.map((r) => r.steps['f-teller']!.wait!.mean));
    const message = `estimate VIP ${vip!.meanWaitMinutes}, ordinary ${tellers!.meanWaitMinutes}; runs VIP ${vipMeasured} (${covered} of 5 intervals cover), ordinary ${ordinaryMeasured}`;
    expect(covered, message).toBeGreaterThanOrEqual(4);
    expect(Math.abs(vip!.meanWaitMinutes! / vipMeasured - 1), message).toBeLessThan(VIP_TOLERANCE);
    expect(Math.abs(tellers!.meanWaitMinutes! / ordinaryMeasured - 1), message).toBeLessThan(
      ORDINARY_TOLERANCE,
    );
    expect(tellers!.caveats).toContain('patience-shape');
  }, 120_000);
});

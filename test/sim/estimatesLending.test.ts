/**
 * The instant estimate of a VIP window that serves ordinary customers when idle
 * (`alsoServes`, src/sim/lending.ts) against the branch's Markov chain
 * (test/support/vipWindow.ts): the VIP customers' wait, the ordinary customers' wait and
 * the VIP window's time with ordinary customers, from a light branch to one whose
 * ordinary windows are overloaded alone.
 */
import { describe, expect, it } from 'vitest';
import { estimatePools } from '../../src/sim/estimates.ts';
import { pools } from '../support/estimates.ts';
import { type Branch, chainFigures, vipBranch } from '../support/vipWindow.ts';

const BRANCHES: [string, Branch][] = [
  [
    '3 windows at 44 % alone, VIP 25 %',
    { vipRate: 0.05, ordinaryRate: 0.4, vipMean: 5, ordinaryMean: 5, windows: 3 },
  ],
  [
    '3 windows at 83 % alone, VIP 50 %',
    { vipRate: 0.1, ordinaryRate: 0.5, vipMean: 5, ordinaryMean: 5, windows: 3 },
  ],
  [
    '3 windows at 92 % alone, VIP 48 %',
    { vipRate: 0.08, ordinaryRate: 0.55, vipMean: 6, ordinaryMean: 5, windows: 3 },
  ],
  [
    '3 windows at 107 % alone, VIP 40 %',
    { vipRate: 0.1, ordinaryRate: 0.64, vipMean: 4, ordinaryMean: 5, windows: 3 },
  ],
  [
    '1 window at 90 % alone, VIP 25 %',
    { vipRate: 0.05, ordinaryRate: 0.18, vipMean: 5, ordinaryMean: 5, windows: 1 },
  ],
];

describe('the estimate of a pool that serves another queue when idle, against its Markov chain', () => {
  it.each(BRANCHES)(
    '%s',
    (_, branch) => {
      const chain = chainFigures(branch, 40, 220);
      const [tellers, vip] = pools(estimatePools(vipBranch(branch, 20_000, 1)));
      const message = `chain: VIP ${chain.vipWait}, ordinary ${chain.ordinaryWait}, lent ${chain.lentUtilization}; estimate: VIP ${vip!.meanWaitMinutes}, ordinary ${tellers!.meanWaitMinutes}, lent ${vip!.lentLoad}`;
      // The VIP's own wait, first in line at a window often busy with an ordinary customer.
      expect(Math.abs(vip!.meanWaitMinutes! / chain.vipWait - 1), message).toBeLessThan(0.15);
      // The ordinary line, served by its windows and the VIP window's spare time.
      expect(Math.abs(tellers!.meanWaitMinutes! / chain.ordinaryWait - 1), message).toBeLessThan(
        0.1,
      );
      // What the VIP window takes from the ordinary line, and what the tellers are left.
      expect(Math.abs(vip!.lentLoad - chain.lentUtilization), message).toBeLessThan(0.08);
      expect(tellers!.helpedLoad).toBeCloseTo(vip!.lentLoad, 12);
      expect(vip!.utilization).toBeCloseTo(branch.vipRate * branch.vipMean + vip!.lentLoad, 12);
      // Never more than its spare: its own customers go first.
      expect(vip!.lentLoad).toBeLessThanOrEqual(1 - branch.vipRate * branch.vipMean + 1e-12);
      expect(tellers!.overloaded).toBe(false);
      expect(vip!.overloaded).toBe(false);
    },
    120_000,
  );

  it('without alsoServes the ordinary windows at 107 % are overloaded, with it they keep up', () => {
    const branch = BRANCHES[3]![1];
    const alone = vipBranch(branch, 20_000, 1);
    delete alone.resources![1]!.alsoServes;
    const [tellers, vip] = pools(estimatePools(alone));
    expect(tellers!.overloaded).toBe(true);
    expect(tellers!.helpedLoad).toBe(0);
    expect(vip!.lentLoad).toBe(0);
    expect(vip!.caveats).not.toContain('lends');
  });
});

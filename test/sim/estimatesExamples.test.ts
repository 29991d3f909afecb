/** Instant pool estimates on the example blueprints. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimatePools } from '../../src/sim/estimates.ts';
import { pools, readExample } from '../support/estimates.ts';

describe('estimatePools on the examples', () => {
  it('counter deposit: tellers close to full but stable, the ticket machine at λ·0.4 min', () => {
    const estimates = pools(estimatePools(readExample('counter-deposit.json')));
    expect(estimates.map((estimate) => estimate.id)).toEqual([
      'tellers',
      'ticket-machine',
      'core-banking',
      'back-office',
    ]);
    const tellers = estimates[0]!;
    // 4 tellers, 3 over lunch 11:30–13:30: (6·4 + 2·3)/8 = 3.75 units on average.
    expect(tellers.capacity).toBeCloseTo(3.75, 10);
    expect(tellers.utilization!).toBeGreaterThan(0.9);
    expect(tellers.utilization!).toBeLessThan(1);
    expect(tellers.overloaded).toBe(false);
    expect(tellers.minimumUnits).toBe(4);
    // A customer keeps the same teller from hand-over to print: one service of a few minutes.
    expect(tellers.meanServiceMinutes!).toBeGreaterThan(4);
    expect(tellers.meanServiceMinutes!).toBeLessThan(5);
    // (40·2.5 + 56·2 + 44·3.5) / 480 min = 0.7625 per minute, each 0.4 min on average.
    const ticket = estimates[1]!;
    expect(ticket.arrivalsPerMinute).toBeCloseTo(0.7625, 10);
    expect(ticket.utilization).toBeCloseTo(0.305, 10);
    // Before lunch, 40 an hour: ρ = 0.2667; M/G/1 with a uniform 0.2–0.6 min service,
    // c_s² = (0.4²/12)/0.4² = 1/12, so Pollaczek–Khinchine (which Allen–Cunneen is for one
    // unit): Wq = ρ·0.4/(1 − ρ) · (1 + 1/12)/2.
    const morning = ticket.stretches[0]!;
    const rho = (40 / 60) * 0.4;
    expect(morning).toMatchObject({ from: 540, to: 690, units: 1, steady: true });
    expect(morning.waitProbability).toBeCloseTo(rho, 10);
    expect(morning.meanWaitMinutes).toBeCloseTo(((rho * 0.4) / (1 - rho)) * (13 / 24), 10);
  });

  it('warns that a patience other than exponential keeps the lunch queue longer than estimated', () => {
    // The tellers' queue outgrows three windows at lunch; the example's patience is gamma
    // (few give up early), which the overloaded stretch's estimate takes as exponential.
    const deposit = readExample('counter-deposit.json');
    const [tellers, ticket] = pools(estimatePools(deposit));
    expect(tellers!.stretches.some((s) => !s.steady)).toBe(true);
    expect(tellers!.caveats).toContain('patience-shape');
    // Never overloaded: no caveat, whatever the patience.
    expect(ticket!.caveats).not.toContain('patience-shape');
    // The same day with exponential patience is what the estimate assumes.
    deposit.classes![0]!.patience = { type: 'exponential', mean: 30 };
    expect(pools(estimatePools(deposit))[0]!.caveats).not.toContain('patience-shape');
  });

  it('the VIP window gives the tellers about half its time, which keeps them up over lunch', () => {
    const [tellers, vip] = pools(estimatePools(readExample('counter-deposit-vip.json')));
    expect(vip!.id).toBe('vip-window');
    // Alone, three tellers (two over lunch) are offered more than they can do.
    expect(tellers!.offeredLoad / tellers!.capacity).toBeGreaterThan(1.1);
    expect(tellers!.overloaded).toBe(false);
    expect(vip!.lentLoad).toBeGreaterThan(0.4);
    expect(vip!.lentLoad).toBeLessThan(0.6);
    expect(tellers!.helpedLoad).toBeCloseTo(vip!.lentLoad, 12);
    // Every window calls the VIP tickets first and the VIP window the ordinary ones when
    // idle: one line of four windows (three over lunch), the VIPs its first class.
    const group = { pools: ['vip-window', 'tellers'], units: 4, form: 'mgc-approximation' };
    expect(vip!.priority).toEqual({ ...group, rank: 1 });
    expect(tellers!.priority).toEqual({ ...group, rank: 2 });
    // The VIP's wait is under a minute: the first of four windows to finish.
    expect(vip!.meanWaitMinutes!).toBeGreaterThan(0.5);
    expect(vip!.meanWaitMinutes!).toBeLessThan(1.2);
    expect(tellers!.meanWaitMinutes!).toBeGreaterThan(3 * vip!.meanWaitMinutes!);
  });

  it('every example gives finite figures for every pool', () => {
    const names = readdirSync(new URL('../../blueprints/', import.meta.url)).filter((name) =>
      name.endsWith('.json'),
    );
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) {
      for (const estimate of pools(estimatePools(readExample(name)))) {
        expect(Number.isFinite(estimate.offeredLoad)).toBe(true);
        expect(estimate.utilization).not.toBeNull();
        expect(estimate.overloaded).toBe(false);
        if (estimate.meanWaitMinutes !== null)
          expect(estimate.meanWaitMinutes).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

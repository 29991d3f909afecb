/**
 * A teller window that calls VIP tickets before its own (`servesFirst`), timed by hand.
 * One teller window (10 min an ordinary customer, 6 min a VIP) and one VIP window (6 min
 * a VIP, serving only VIPs); everyone booked, on time:
 *
 *   09:00 A (ordinary)  the teller is free: 09:00–09:10
 *   09:01 X (VIP)       the VIP window is free: 09:01–09:07
 *   09:02 B (ordinary)  the teller is busy: B joins the ordinary line
 *   09:03 Y (VIP)       both busy: Y joins the VIP line
 *   09:06 Z (VIP)       both busy: Z joins the VIP line behind Y
 *   09:07               the VIP window calls Y (waited 4): 09:07–09:13
 *   09:10               the teller calls the VIP line first: Z (waited 4), 09:10–09:16,
 *                       though B has waited longer
 *   09:13               the VIP window finds no VIP and does not serve ordinary tickets
 *   09:16               the teller: no VIP waits, so B (waited 14): 09:16–09:26
 *   09:18 W (VIP)       the VIP window is free: 09:18–09:24
 *   09:20 V (VIP)       both busy: V waits; the VIP window calls them at 09:24 (waited 4)
 *   09:27 D (VIP)       the VIP window is busy (V until 09:30), the teller free since
 *                       09:26 with nobody in its line: it serves D at once, 09:27–09:33
 *
 * VIP waits 0, 4, 4, 0, 4, 0 (mean 2); ordinary waits 0, 14 (mean 7). The teller served
 * Z and D: 2 of the 6 VIPs, 12 of its 60 minutes (09:00–10:00), and 20 with its own.
 * Without servesFirst the teller calls B at 09:10 (waited 8) and Z waits for the VIP
 * window until 09:13 (waited 7).
 */
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { booked, MORNING_HOUR, twoWindows } from '../support/twoWindows.ts';

function morning(servesFirst: boolean): Blueprint {
  const blueprint = twoWindows({
    id: 'vip-first-morning',
    name: 'VIP tickets first',
    vipService: { type: 'fixed', value: 6 },
    ordinaryService: { type: 'fixed', value: 10 },
    vipArrivals: booked('vip-counter', ['09:01', '09:03', '09:06', '09:18', '09:20', '09:27']),
    ordinaryArrivals: booked('counter', ['09:00', '09:02']),
    ...(servesFirst ? { tellers: { servesFirst: ['vip'] } } : {}),
    run: MORNING_HOUR,
  });
  const loaded = loadBlueprintValue(blueprint);
  expect(loaded.ok && loaded.findings).toEqual([]);
  return blueprint;
}

describe('a teller window calling VIP tickets first, by hand', () => {
  it('takes the VIP line before its own, and a VIP newcomer when the VIP window is busy', () => {
    const results = simulate(morning(true));
    expect(results.classes.vip!.wait.mean).toBeCloseTo(2, 9);
    expect(results.classes.vip!.wait.max).toBeCloseTo(4, 9);
    expect(results.classes.ordinary!.wait.mean).toBeCloseTo(7, 9);
    expect(results.classes.ordinary!.wait.max).toBeCloseTo(14, 9);
    const tellers = results.resources.tellers!;
    expect(tellers.alsoServed!.customers.mean).toBe(2);
    expect(tellers.alsoServed!.share.mean).toBeCloseTo(2 / 6, 9);
    expect(tellers.alsoServed!.utilization.mean).toBeCloseTo(12 / 60, 9);
    expect(tellers.utilization.mean).toBeCloseTo(32 / 60, 9);
    expect(results.resources.vip!.alsoServed).toBeUndefined();
  });

  it('without servesFirst each window keeps to its own line', () => {
    // Ordinary: A 0, B 8. VIP: X 0, Y 4 (09:07–09:13), Z 7 (09:13–09:19), W 1 (09:19–09:25),
    // V 5 (09:25–09:31), D 4 (09:31–09:37): mean 21 / 6.
    const results = simulate(morning(false));
    expect(results.classes.ordinary!.wait.mean).toBeCloseTo(4, 9);
    expect(results.classes.vip!.wait.mean).toBeCloseTo(21 / 6, 9);
    expect(results.resources.tellers!.alsoServed).toBeUndefined();
  });
});

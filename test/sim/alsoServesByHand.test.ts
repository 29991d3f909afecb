/**
 * A VIP window that serves ordinary customers when idle, timed by hand. One ordinary
 * window (10 min a customer) and one VIP window (4 min a VIP, 10 min an ordinary
 * customer); everyone booked, on time:
 *
 *   09:00 A (ordinary)  the ordinary window is free: 09:00–09:10
 *   09:01 B (ordinary)  ordinary window busy, VIP window idle: it serves B 09:01–09:11
 *   09:02 X (VIP)       VIP window busy: X waits
 *   09:03 C (ordinary)  both busy: C joins the ordinary line
 *   09:10               the ordinary window calls C (waited 7): 09:10–09:20
 *   09:11               the VIP window calls its own X first (waited 9): 09:11–09:15
 *   09:12 D (ordinary)  both busy: D joins the ordinary line
 *   09:15               no VIP waits: the VIP window calls D (waited 3): 09:15–09:25
 *   09:16 Y (VIP)       waits for the VIP window (the ordinary one frees at 09:20 but
 *                       does not serve VIPs): 09:25–09:29 (waited 9)
 *   09:21 E (ordinary)  the ordinary window is free: 09:21–09:31
 *
 * Ordinary waits 0, 0, 7, 3, 0 (mean 2); VIP waits 9, 9. The VIP window served B and D:
 * 2 of the 5 ordinary customers, 20 of its 60 minutes (opening hour 09:00–10:00), and
 * 8 more with its VIPs.
 */
import { describe, expect, it } from 'vitest';
import { type Blueprint, loadBlueprintValue } from '../../src/model/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { booked, MORNING_HOUR, twoWindows } from '../support/twoWindows.ts';

function morning(alsoServes: boolean): Blueprint {
  const blueprint = twoWindows({
    id: 'vip-morning',
    name: 'VIP window morning',
    vipService: { type: 'fixed', value: 4 },
    ordinaryService: { type: 'fixed', value: 10 },
    vipArrivals: booked('vip-counter', ['09:02', '09:16']),
    ordinaryArrivals: booked('counter', ['09:00', '09:01', '09:03', '09:12', '09:21']),
    ...(alsoServes ? { vip: { alsoServes: ['tellers'] } } : {}),
    run: MORNING_HOUR,
  });
  const loaded = loadBlueprintValue(blueprint);
  expect(loaded.ok && loaded.findings).toEqual([]);
  return blueprint;
}

describe('a VIP window serving the ordinary line when idle, by hand', () => {
  it('serves its own VIPs first and takes ordinary customers only when none waits', () => {
    const results = simulate(morning(true));
    expect(results.classes.ordinary!.wait.mean).toBeCloseTo(2, 9);
    expect(results.classes.ordinary!.wait.max).toBeCloseTo(7, 9);
    expect(results.classes.vip!.wait.mean).toBeCloseTo(9, 9);
    expect(results.classes.vip!.timeInSystem.max).toBeCloseTo(13, 9);
    // In the branch: A 10, B 10, C 17, D 13, E 10 minutes.
    expect(results.classes.ordinary!.timeInSystem.mean).toBeCloseTo(12, 9);
    const vip = results.resources.vip!;
    expect(vip.alsoServed!.customers.mean).toBe(2);
    expect(vip.alsoServed!.total).toBe(2);
    expect(vip.alsoServed!.share.mean).toBeCloseTo(2 / 5, 9);
    expect(vip.alsoServed!.utilization.mean).toBeCloseTo(20 / 60, 9);
    expect(vip.utilization.mean).toBeCloseTo(28 / 60, 9);
    expect(results.resources.tellers!.alsoServed).toBeUndefined();
  });

  it('without alsoServes the ordinary customers queue for their one window', () => {
    // A 0–10, B 10–20 (waited 9), C 20–30 (17), D 30–40 (18), E 40–50 (19): mean 12.6.
    const results = simulate(morning(false));
    expect(results.classes.ordinary!.wait.mean).toBeCloseTo(12.6, 9);
    // X 09:02–09:06 and Y 09:16–09:20 at once.
    expect(results.classes.vip!.wait.mean).toBe(0);
    expect(results.resources.vip!.alsoServed).toBeUndefined();
  });
});

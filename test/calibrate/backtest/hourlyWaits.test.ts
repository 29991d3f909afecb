import { describe, expect, it } from 'vitest';
import { HourlyWaits } from '../../../src/calibrate/backtest/hourlyWaits.ts';

describe('HourlyWaits', () => {
  it('counts tickets, waits and abandonment per bin over days', () => {
    const waits = new HourlyWaits();
    // Day 1: 9:00–10:00 two called (2 and 4 min) and one gone; day 2: one called (6 min).
    waits.add({ day: 1, ticketAt: 545, wait: 2, abandoned: false });
    waits.add({ day: 1, ticketAt: 590, wait: 4, abandoned: false });
    waits.add({ day: 1, ticketAt: 599, abandoned: true });
    waits.add({ day: 2, ticketAt: 560, wait: 6, abandoned: false });
    waits.add({ day: 2, ticketAt: 600, wait: 1, abandoned: false }); // 10:00 is the next bin
    const summary = waits.summary();
    expect(summary.days).toBe(2);
    expect(summary.bins.map((bin) => [bin.from, bin.to])).toEqual([
      [540, 600],
      [600, 660],
    ]);
    const nine = summary.bins[0]!;
    expect(nine.tickets).toBe(4);
    expect(nine.called).toBe(3);
    expect(nine.meanWait.value).toBeCloseTo(4, 10);
    expect(nine.abandonment.value).toBeCloseTo(1 / 4, 10);
    expect(nine.ticketsPerDay.value).toBeCloseTo(2, 10);
    // Day 1 wait sum 6 over 2 calls, day 2 6 over 1: the ratio estimator's spread.
    const residuals = (6 - 4 * 2) ** 2 + (6 - 4 * 1) ** 2;
    expect(nine.meanWait.standardError).toBeCloseTo(Math.sqrt(residuals / 1 / 2) / 1.5, 10);
    expect(nine.meanWait.ci95![0]).toBe(0); // cut at zero: two days are a wide interval
    // The 10:00 bin: day 1 had no ticket there but still counts as a day.
    const ten = summary.bins[1]!;
    expect(ten.ticketsPerDay.value).toBeCloseTo(0.5, 10);
    expect(ten.abandonment.value).toBe(0);
  });

  it('takes the bin width, and a quiet day counts', () => {
    const waits = new HourlyWaits(30);
    waits.addDay(3);
    waits.add({ day: 4, ticketAt: 555, wait: 1, abandoned: false });
    const summary = waits.summary();
    expect(summary.days).toBe(2);
    expect(summary.bins[0]).toMatchObject({ from: 540, to: 570 });
    expect(summary.bins[0]!.ticketsPerDay.value).toBe(0.5);
    expect(() => new HourlyWaits(0)).toThrow(RangeError);
  });

  it('keeps the p90 of all days together, with an interval from the days', () => {
    const waits = new HourlyWaits();
    for (let day = 0; day < 5; day++)
      for (let i = 1; i <= 10; i++)
        waits.add({ day, ticketAt: 600 + i, wait: i + day, abandoned: false });
    const bin = waits.summary().bins[0]!;
    // 50 waits 1…14; 45 are at most 12 (the p90's rank): 12 within its bin.
    expect(bin.p90Wait.value!).toBeGreaterThanOrEqual(11.9);
    expect(bin.p90Wait.value!).toBeLessThanOrEqual(12.1);
    expect(bin.p90Wait.days).toBe(5);
    expect(bin.p90Wait.ci95![0]).toBeLessThan(bin.p90Wait.value!);
    expect(bin.p90Wait.ci95![1]).toBeGreaterThan(bin.p90Wait.value!);
  });
});

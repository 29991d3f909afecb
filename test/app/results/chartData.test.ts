import { describe, expect, it } from 'vitest';
import {
  histogramBars,
  histogramSummary,
  poolSeries,
  seriesSummary,
  timeAxisLabel,
} from '../../../src/app/results/chartData.ts';
import { clockTime, formatAmount } from '../../../src/app/results/format.ts';
import { deposit } from './support.tsx';

describe('histogram of time in system', () => {
  it('gives a bar per bin with its edges, the last one open', () => {
    const bars = histogramBars({ binMinutes: 2.5, counts: [0, 3, 1] });
    expect(bars).toEqual([
      { from: 0, to: 2.5, label: '0–2.5', count: 0, share: 0 },
      { from: 2.5, to: 5, label: '2.5–5', count: 3, share: 0.75 },
      { from: 5, to: null, label: '≥ 5', count: 1, share: 0.25 },
    ]);
    expect(histogramSummary(bars)).toEqual({ total: 4, peak: bars[1] });
  });

  it('keeps bin edges free of binary noise', () => {
    const bars = histogramBars({ binMinutes: 0.1, counts: [1, 1, 1, 1] });
    expect(bars.map((bar) => bar.from)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('has no peak without customers', () => {
    expect(histogramSummary(histogramBars({ binMinutes: 1, counts: [] }))).toEqual({
      total: 0,
      peak: null,
    });
  });

  it('holds every customer of the run, over all replications', () => {
    const { results } = deposit();
    const bars = histogramBars(results.system.timeInSystemHistogram);
    const { total, peak } = histogramSummary(bars);
    // Pooled over the replications: count is per replication on average.
    expect(total).toBe(Math.round(results.system.timeInSystem.count * results.run.replications));
    expect(bars.reduce((sum, bar) => sum + bar.share, 0)).toBeCloseTo(1, 10);
    // The peak sits below the 90th percentile of time in system.
    expect(peak!.from).toBeLessThan(results.system.timeInSystem.p90);
  });
});

describe('a pool over the day', () => {
  const { results } = deposit();

  it('labels a business day by the time of day, bin by bin, from opening', () => {
    const points = poolSeries(results, 'tellers');
    expect(points).toHaveLength(results.series.resources.tellers!.utilization.length);
    expect(points[0]!.label).toBe('09:00');
    expect(points[1]!.label).toBe(clockTime(540 + results.series.binMinutes));
    expect(points[0]!.utilizationPercent).toBeCloseTo(
      results.series.resources.tellers!.utilization[0]! * 100,
      10,
    );
    expect(points[3]!.queueLength).toBe(results.series.resources.tellers!.queueLength[3]);
  });

  it('finds the busiest time and the longest queue', () => {
    const points = poolSeries(results, 'tellers');
    const { busiest, longestQueue } = seriesSummary(points);
    const maxUtilization = Math.max(...points.map((p) => p.utilizationPercent ?? -1));
    expect(busiest!.utilizationPercent).toBe(maxUtilization);
    expect(longestQueue!.queueLength).toBe(Math.max(...points.map((p) => p.queueLength ?? -1)));
  });

  it('keeps gaps as gaps and has nothing for an unknown pool', () => {
    const gappy = structuredClone(results);
    gappy.series.resources.tellers!.utilization[2] = null;
    expect(poolSeries(gappy, 'tellers')[2]!.utilizationPercent).toBeNull();
    expect(poolSeries(results, 'nobody')).toEqual([]);
    expect(seriesSummary([])).toEqual({ busiest: null, longestQueue: null });
  });

  it('labels a steady run in minutes, not as a time of day', () => {
    expect(timeAxisLabel(1500, 'steady')).toBe('1500');
    expect(timeAxisLabel(1500, 'day')).toBe('01:00');
  });
});

describe('number formats', () => {
  it('shows minutes and shares with one decimal, nothing as a dash', () => {
    expect(formatAmount(3.66, 'minutes', 'en')).toBe('3.7');
    expect(formatAmount(0.7395, 'share', 'en')).toBe('74.0');
    expect(formatAmount(1234.5, 'customers', 'en')).toBe('1,234.5');
    expect(formatAmount(NaN, 'minutes', 'en')).toBe('–');
    expect(formatAmount(null, 'minutes', 'en')).toBe('–');
    expect(clockTime(545.4)).toBe('09:05');
  });
});

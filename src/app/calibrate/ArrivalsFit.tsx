/** Arrivals per hour by time of day: the rate of each bin with its interval band, and the busiest bin in words. */
import { useTranslation } from 'react-i18next';
import { Area } from 'recharts';
import type { CalibrationFits } from '../../calibrate/index.ts';
import { CHART_COLORS, INTERVAL_FILL } from './chartStyle.ts';
import { DayProfileChart } from './DayProfileChart.tsx';
import { clock, figure, openSpan } from './format.ts';

export function ArrivalsFit({
  arrivals,
  binMinutes,
  confidence,
}: {
  arrivals: NonNullable<CalibrationFits['arrivals']>;
  binMinutes: number;
  confidence: number;
}) {
  const { t } = useTranslation();
  const { group } = arrivals;
  const shown = openSpan(group.bins, (bin) => bin.count > 0);
  const data = shown.map((bin) => ({
    time: clock(bin.from),
    rate: Number(figure(bin.perHour.value)),
    band: [Number(figure(bin.perHour.lower)), Number(figure(bin.perHour.upper))],
  }));
  const peak = group.bins.reduce((best, bin) =>
    bin.perHour.value > best.perHour.value ? bin : best,
  );
  const summary = t('calibrate.fit.arrivals.summary', {
    total: group.total,
    days: group.dates.length,
    bins: shown.length,
    minutes: binMinutes,
    peakFrom: clock(peak.from),
    peakTo: clock(peak.to),
    peak: figure(peak.perHour.value),
    low: figure(peak.perHour.lower),
    high: figure(peak.perHour.upper),
  });
  return (
    <DayProfileChart
      summary={summary}
      summaryTestId="calibrate-arrivals-summary"
      description={t('calibrate.fit.arrivals.chart', { confidence: Math.round(confidence * 100) })}
      data={data}
      y={{ title: t('calibrate.fit.arrivals.axisY'), width: 48 }}
      line={{
        dataKey: 'rate',
        name: t('calibrate.fit.arrivals.rate'),
        color: CHART_COLORS.bars,
      }}
    >
      <Area
        dataKey="band"
        name={t('calibrate.fit.arrivals.interval')}
        type="step"
        stroke="none"
        fill={INTERVAL_FILL}
        fillOpacity={0.5}
        isAnimationActive={false}
      />
    </DayProfileChart>
  );
}

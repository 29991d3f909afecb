/** Arrivals per hour by time of day: the rate of each bin with its interval band, and the busiest bin in words. */
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Label, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { CalibrationFits } from '../../calibrate/index.ts';
import {
  CHART_COLORS,
  FIT_CHART_HEIGHT_PX,
  FIT_CHART_MARGIN,
  INTERVAL_FILL,
  axisTick,
  tooltipStyle,
} from './chartStyle.ts';
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
  const chart = t('calibrate.fit.arrivals.chart', { confidence: Math.round(confidence * 100) });
  return (
    <>
      <p className="calibrate-fit__text" data-testid="calibrate-arrivals-summary">
        {summary}
      </p>
      <div className="calibrate-chart" role="img" aria-label={`${chart}. ${summary}`}>
        <ComposedChart
          responsive
          style={{ width: '100%', height: FIT_CHART_HEIGHT_PX }}
          data={data}
          margin={FIT_CHART_MARGIN}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="time" tick={axisTick} interval="preserveStartEnd" minTickGap={16}>
            <Label
              value={t('calibrate.fit.arrivals.axisX')}
              position="insideBottom"
              offset={-18}
              style={axisTick}
            />
          </XAxis>
          <YAxis tick={axisTick} width={48}>
            <Label
              value={t('calibrate.fit.arrivals.axisY')}
              angle={-90}
              position="insideLeft"
              style={{ ...axisTick, textAnchor: 'middle' }}
            />
          </YAxis>
          <Tooltip contentStyle={tooltipStyle} />
          <Area
            dataKey="band"
            name={t('calibrate.fit.arrivals.interval')}
            type="step"
            stroke="none"
            fill={INTERVAL_FILL}
            fillOpacity={0.5}
            isAnimationActive={false}
          />
          <Line
            dataKey="rate"
            name={t('calibrate.fit.arrivals.rate')}
            type="step"
            stroke={CHART_COLORS.bars}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </div>
    </>
  );
}

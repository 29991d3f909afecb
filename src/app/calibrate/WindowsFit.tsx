/** Windows open over the day (the median day's count per bin) with the mean number busy serving. */
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Label, Line, Tooltip, XAxis, YAxis } from 'recharts';
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

export function WindowsFit({
  windows,
  poolName,
}: {
  windows: NonNullable<CalibrationFits['windows']>;
  poolName: string;
}) {
  const { t } = useTranslation();
  const { group } = windows;
  const data = openSpan(group.bins, (bin) => bin.open.max > 0).map((bin) => ({
    time: clock(bin.from),
    open: bin.open.median,
    busy: Number(figure(bin.meanBusy)),
  }));
  const values = { days: group.dates.length, count: windows.count, pool: poolName };
  const summary =
    poolName === ''
      ? t('calibrate.fit.windows.summaryNoPool', values)
      : t('calibrate.fit.windows.summary', values);
  return (
    <>
      <p className="calibrate-fit__text">{summary}</p>
      <div
        className="calibrate-chart"
        role="img"
        aria-label={`${t('calibrate.fit.windows.chart')}. ${summary}`}
      >
        <ComposedChart
          responsive
          style={{ width: '100%', height: FIT_CHART_HEIGHT_PX }}
          data={data}
          margin={FIT_CHART_MARGIN}
          barCategoryGap={1}
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
          <YAxis tick={axisTick} width={40} allowDecimals={false} />
          <Tooltip contentStyle={tooltipStyle} />
          <Bar
            dataKey="open"
            name={t('calibrate.fit.windows.open')}
            fill={INTERVAL_FILL}
            isAnimationActive={false}
          />
          <Line
            dataKey="busy"
            name={t('calibrate.fit.windows.busy')}
            type="step"
            stroke={CHART_COLORS.utilization}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </div>
    </>
  );
}

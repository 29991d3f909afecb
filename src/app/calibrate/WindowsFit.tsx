/** Windows open over the day (the median day's count per bin) with the mean number busy serving. */
import { useTranslation } from 'react-i18next';
import { Bar } from 'recharts';
import type { CalibrationFits } from '../../calibrate/index.ts';
import { CHART_COLORS, INTERVAL_FILL } from './chartStyle.ts';
import { DayProfileChart } from './DayProfileChart.tsx';
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
    <DayProfileChart
      summary={summary}
      description={t('calibrate.fit.windows.chart')}
      data={data}
      y={{ width: 40, props: { allowDecimals: false } }}
      barCategoryGap={1}
      line={{
        dataKey: 'busy',
        name: t('calibrate.fit.windows.busy'),
        color: CHART_COLORS.utilization,
      }}
    >
      <Bar
        dataKey="open"
        name={t('calibrate.fit.windows.open')}
        fill={INTERVAL_FILL}
        isAnimationActive={false}
      />
    </DayProfileChart>
  );
}

/** One pool over the run: utilisation (left axis, %) and the mean queue (right axis). */
import { useTranslation } from 'react-i18next';
import { Line, Tooltip, YAxis } from 'recharts';
import type { Results } from '../../sim/index.ts';
import { poolSeries, seriesSummary } from './chartData.ts';
import { CHART_COLORS, axisTick, tooltipStyle } from './chartStyle.ts';
import { DockChart } from './DockChart.tsx';
import { useResultsFormat } from './useResultsFormat.ts';

/**
 * 0 to 100 %, or higher when a bin goes over: when a schedule takes a unit away, the unit
 * first finishes its customer, so busy units can briefly exceed the capacity.
 */
const UTILIZATION_DOMAIN: [number, (dataMax: number) => number] = [
  0,
  (dataMax) => Math.max(100, Math.ceil(dataMax / 10) * 10),
];

export function PoolSeriesChart({
  results,
  poolId,
  poolName,
}: {
  results: Results;
  poolId: string;
  poolName: string;
}) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const points = poolSeries(results, poolId);
  const { busiest, longestQueue } = seriesSummary(points);
  const day = results.run.mode === 'day';
  const title = t(day ? 'results.charts.pool.titleDay' : 'results.charts.pool.titleSteady', {
    pool: poolName,
  });
  const nothing = busiest === null || longestQueue === null;
  const summary = nothing
    ? ''
    : t('results.charts.pool.summary', {
        pool: poolName,
        busyAt: busiest.label,
        busy: format.value((busiest.utilizationPercent ?? 0) / 100, 'share'),
        queue: format.value(longestQueue.queueLength, 'count'),
        queueAt: longestQueue.label,
      });
  const utilization = t('results.charts.pool.utilization');
  const queue = t('results.charts.pool.queue');
  const axisName = t(day ? 'results.charts.pool.axisDay' : 'results.charts.pool.axisSteady');
  return (
    <DockChart
      title={title}
      summary={summary}
      {...(nothing ? { empty: t('results.charts.pool.empty', { pool: poolName }) } : {})}
      data={points}
      x={{ dataKey: 'label', name: axisName, thinTicks: 24 }}
    >
      <YAxis
        yAxisId="utilization"
        domain={UTILIZATION_DOMAIN}
        tick={axisTick}
        tickFormatter={(value: number) => `${Math.round(value)}%`}
        width={64}
      />
      <YAxis yAxisId="queue" orientation="right" tick={axisTick} width={48} allowDecimals />
      <Tooltip
        contentStyle={tooltipStyle}
        labelFormatter={(label) => `${axisName} ${String(label)}`}
        formatter={(value, name) =>
          typeof value === 'number'
            ? name === utilization
              ? format.value(value / 100, 'share')
              : format.value(value, 'count')
            : '–'
        }
      />
      <Line
        yAxisId="utilization"
        dataKey="utilizationPercent"
        name={utilization}
        stroke={CHART_COLORS.utilization}
        strokeWidth={3}
        dot={false}
        isAnimationActive={false}
        connectNulls={false}
      />
      <Line
        yAxisId="queue"
        dataKey="queueLength"
        name={queue}
        stroke={CHART_COLORS.queue}
        strokeWidth={3}
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={false}
        connectNulls={false}
      />
    </DockChart>
  );
}

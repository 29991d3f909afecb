/**
 * Cost against wait over the numbers of units the staffing search tried: bars for what
 * the day costs (all pools, left axis), a line for the share of customers within the
 * target (right axis, with the target's line). The chart a branch manager decides on.
 */
import { useTranslation } from 'react-i18next';
import { Bar, Line, ReferenceLine, Tooltip, YAxis } from 'recharts';
import { CHART_COLORS, axisTick, tooltipStyle } from '../results/chartStyle.ts';
import { DockChart } from '../results/DockChart.tsx';
import { useResultsFormat } from '../results/useResultsFormat.ts';
import type { StaffingTarget, StaffingTry } from './findStaffing.ts';
import { tradeOff } from './tradeOff.ts';

export interface TradeOffChartProps {
  tries: readonly StaffingTry[];
  target: StaffingTarget;
  poolName: string;
  /** Whose wait, as the tries name it ("customers", a class). */
  who: string;
  /** A business day: the cost is per day; a steady state's per run. */
  day: boolean;
  /** The day type searched on, in the UI language; empty for the blueprint as drawn. */
  dayName?: string;
}

export function TradeOffChart({
  tries,
  target,
  poolName,
  who,
  day,
  dayName = '',
}: TradeOffChartProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const { points, costPerUnit } = tradeOff(tries);
  // A chart of one count, or without a price, says nothing the list of tries does not.
  if (points.length < 2 || points.every((point) => point.cost === null)) return null;
  const costName = t(
    day ? 'planning.staffing.tradeOff.costDay' : 'planning.staffing.tradeOff.costRun',
  );
  const withinName = t('planning.staffing.tradeOff.within', {
    who,
    minutes: format.value(target.waitMinutes, 'minutes'),
  });
  const met = points.find((point) => point.verdict === 'met');
  const summary = [
    costPerUnit === null
      ? ''
      : t('planning.staffing.tradeOff.perUnit', {
          pool: poolName,
          cost: format.value(costPerUnit, 'money'),
        }),
    met && met.cost !== null
      ? t('planning.staffing.tradeOff.met', {
          units: met.units,
          cost: format.value(met.cost, 'money'),
          day: dayName && t('planning.staffing.dayPart', { day: dayName }),
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const title = t('planning.staffing.tradeOff.title', { pool: poolName });
  return (
    <DockChart
      title={title}
      summary={`${title}. ${summary}`}
      data={points}
      x={{ dataKey: 'units', name: t('planning.staffing.tradeOff.axis', { pool: poolName }) }}
      className="planning-trade-off"
      testId="staffing-trade-off"
      {...(summary ? { note: summary } : {})}
    >
      <YAxis
        yAxisId="cost"
        tick={axisTick}
        width={72}
        tickFormatter={(value: number) => format.value(value, 'money')}
      />
      <YAxis
        yAxisId="within"
        orientation="right"
        domain={[0, 100]}
        tick={axisTick}
        width={56}
        tickFormatter={(value: number) => `${Math.round(value)}%`}
      />
      <Tooltip
        contentStyle={tooltipStyle}
        formatter={(value, name) =>
          typeof value === 'number'
            ? name === costName
              ? format.value(value, 'money')
              : format.value(value / 100, 'share')
            : '–'
        }
      />
      <Bar
        yAxisId="cost"
        dataKey="cost"
        name={costName}
        fill={CHART_COLORS.bars}
        isAnimationActive={false}
      />
      <Line
        yAxisId="within"
        dataKey="withinPercent"
        name={withinName}
        stroke={CHART_COLORS.utilization}
        strokeWidth={3}
        isAnimationActive={false}
        connectNulls={false}
      />
      <ReferenceLine
        yAxisId="within"
        y={target.percentile}
        stroke={CHART_COLORS.queue}
        strokeDasharray="6 4"
        label={{
          value: t('planning.staffing.tradeOff.target', { percentile: target.percentile }),
          position: 'insideTopLeft',
          style: axisTick,
        }}
      />
    </DockChart>
  );
}

/**
 * Cost against wait over the numbers of units the staffing search tried: bars for what
 * the day costs (all pools, left axis), a line for the share of customers within the
 * target (right axis, with the target's line). The chart a branch manager decides on.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Label,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_COLORS, CHART_HEIGHT_PX, axisTick, tooltipStyle } from '../results/chartStyle.ts';
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
}

export function TradeOffChart({ tries, target, poolName, who, day }: TradeOffChartProps) {
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
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const title = t('planning.staffing.tradeOff.title', { pool: poolName });
  return (
    <figure className="results-chart planning-trade-off" data-testid="staffing-trade-off">
      <figcaption className="results-chart__title">{title}</figcaption>
      <div className="results-chart__plot" role="img" aria-label={`${title}. ${summary}`}>
        <ComposedChart
          responsive
          style={{ width: '100%', height: CHART_HEIGHT_PX }}
          data={points}
          margin={{ top: 8, right: 8, bottom: 28, left: 8 }}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="units" tick={axisTick}>
            <Label
              value={t('planning.staffing.tradeOff.axis', { pool: poolName })}
              position="insideBottom"
              offset={-18}
              style={axisTick}
            />
          </XAxis>
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
          <Legend verticalAlign="top" wrapperStyle={tooltipStyle} />
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
        </ComposedChart>
      </div>
      {summary ? <p className="planning-note">{summary}</p> : null}
    </figure>
  );
}

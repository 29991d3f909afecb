/** Histogram of the time customers spent in the branch, pooled over all replications. */
import { useTranslation } from 'react-i18next';
import { Bar, Label, Tooltip, YAxis } from 'recharts';
import { type Binned, histogramBars, histogramSummary } from './chartData.ts';
import { CHART_COLORS, axisTick, tooltipStyle } from './chartStyle.ts';
import { DockChart } from './DockChart.tsx';
import { formatAmount } from './format.ts';
import { useResultsFormat } from './useResultsFormat.ts';

export function TimeInSystemChart({ histogram }: { histogram: Binned }) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const bars = histogramBars(histogram);
  const { total, peak } = histogramSummary(bars);
  const summary =
    peak === null
      ? ''
      : t('results.charts.timeInSystem.summary', {
          total: formatAmount(total, 'whole', format.language),
          from: peak.from,
          to: peak.to ?? '∞',
        });
  return (
    <DockChart
      title={t('results.charts.timeInSystem.title')}
      summary={summary}
      {...(peak === null ? { empty: t('results.charts.timeInSystem.empty') } : {})}
      data={bars}
      x={{ dataKey: 'label', name: t('results.charts.timeInSystem.axisX'), thinTicks: 12 }}
      legend={false}
      barCategoryGap={1}
    >
      <YAxis tick={axisTick} allowDecimals={false} width={64}>
        <Label
          value={t('results.charts.timeInSystem.axisY')}
          angle={-90}
          position="insideLeft"
          style={{ ...axisTick, textAnchor: 'middle' }}
        />
      </YAxis>
      <Tooltip
        contentStyle={tooltipStyle}
        formatter={(value, _name, item) =>
          t('results.charts.timeInSystem.tooltip', {
            count: String(value),
            share: format.value((item.payload as { share: number }).share, 'share'),
          })
        }
      />
      <Bar dataKey="count" fill={CHART_COLORS.bars} isAnimationActive={false} />
    </DockChart>
  );
}

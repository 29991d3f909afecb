/** Histogram of the time customers spent in the branch, pooled over all replications. */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Label, Tooltip, XAxis, YAxis } from 'recharts';
import { type Binned, histogramBars, histogramSummary } from './chartData.ts';
import { CHART_COLORS, CHART_HEIGHT_PX, axisTick, tooltipStyle } from './chartStyle.ts';
import { formatAmount } from './format.ts';
import { useResultsFormat } from './useResultsFormat.ts';

export function TimeInSystemChart({ histogram }: { histogram: Binned }) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const bars = histogramBars(histogram);
  const { total, peak } = histogramSummary(bars);
  const title = t('results.charts.timeInSystem.title');
  if (peak === null) {
    return (
      <figure className="results-chart">
        <figcaption className="results-chart__title">{title}</figcaption>
        <p className="results-empty">{t('results.charts.timeInSystem.empty')}</p>
      </figure>
    );
  }
  const summary = t('results.charts.timeInSystem.summary', {
    total: formatAmount(total, 'whole', format.language),
    from: peak.from,
    to: peak.to ?? '∞',
  });
  return (
    <figure className="results-chart">
      <figcaption className="results-chart__title">{title}</figcaption>
      <div className="results-chart__plot" role="img" aria-label={summary}>
        <BarChart
          responsive
          style={{ width: '100%', height: CHART_HEIGHT_PX }}
          data={bars}
          margin={{ top: 8, right: 16, bottom: 28, left: 12 }}
          barCategoryGap={1}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" minTickGap={12}>
            <Label
              value={t('results.charts.timeInSystem.axisX')}
              position="insideBottom"
              offset={-18}
              style={axisTick}
            />
          </XAxis>
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
        </BarChart>
      </div>
    </figure>
  );
}

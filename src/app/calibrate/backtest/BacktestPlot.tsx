/**
 * One measure of the back-test by hour, in the dialog's chart frame: the model as a line
 * in its 95 % band, the log as points with their 95 % intervals, the hours where this
 * measure misses shaded. The user picks the measure; a legend in words sits under it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, Bar, ErrorBar, Line, YAxis } from 'recharts';
import { type Comparison, MEASURES, type MeasureName } from '../../../calibrate/backtest/index.ts';
import { CHART_COLORS, INTERVAL_FILL } from '../chartStyle.ts';
import { FitChart } from '../FitChart.tsx';
import { tick } from '../format.ts';
import { plotPoints } from './backtestRows.ts';

const MISS_FILL = '#fecaca';

export function BacktestPlot({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<MeasureName>('meanWait');
  const data = plotPoints(comparison, measure);
  const name = t(`calibrate.backtest.plotMeasure.${measure}`);
  return (
    <div className="backtest-plot">
      <div
        className="calibrate-plot-choice"
        role="radiogroup"
        aria-label={t('calibrate.backtest.plot')}
      >
        {MEASURES.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="backtest-measure"
              checked={measure === choice}
              onChange={() => setMeasure(choice)}
            />{' '}
            {t(`calibrate.backtest.plotMeasure.${choice}`)}
          </label>
        ))}
      </div>
      <FitChart
        description={t('calibrate.backtest.plotChart', { measure: name })}
        data={data}
        testId="backtest-plot"
        x={{ title: t('calibrate.backtest.axisX'), props: { dataKey: 'hours' } }}
        y={{
          title:
            measure === 'abandonment'
              ? t('calibrate.backtest.axisPercent')
              : t('calibrate.backtest.axisMinutes'),
          width: 56,
          props: { tickFormatter: tick },
        }}
        tooltip
        barCategoryGap={0}
      >
        {/* The shaded columns stand on an axis of their own, 0 to 1, so they fill the height;
            under the band (bars are drawn over areas unless told), over the grid. */}
        <YAxis yAxisId="miss" hide domain={[0, 1]} />
        <Bar
          yAxisId="miss"
          dataKey="missed"
          name={t('calibrate.backtest.legendMiss')}
          fill={MISS_FILL}
          zIndex={0}
          isAnimationActive={false}
          tooltipType="none"
        />
        <Area
          dataKey="band"
          name={t('calibrate.backtest.legendModel')}
          stroke="none"
          fill={INTERVAL_FILL}
          fillOpacity={0.5}
          isAnimationActive={false}
          tooltipType="none"
        />
        <Line
          dataKey="model"
          name={t('calibrate.backtest.model')}
          stroke={CHART_COLORS.bars}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="log"
          name={t('calibrate.backtest.log')}
          stroke="none"
          dot={{ r: 4, fill: CHART_COLORS.queue, stroke: CHART_COLORS.queue }}
          isAnimationActive={false}
        >
          <ErrorBar dataKey="logError" stroke={CHART_COLORS.queue} width={6} />
        </Line>
      </FitChart>
      <p className="backtest-legend" aria-hidden="true">
        <span className="backtest-legend__log">{t('calibrate.backtest.legendLog')}</span>
        <span className="backtest-legend__model">{t('calibrate.backtest.legendModel')}</span>
        <span className="backtest-legend__miss">{t('calibrate.backtest.legendMiss')}</span>
      </p>
    </div>
  );
}

/** The chosen candidate against the durations: a Q–Q plot (points on the diagonal fit) or the histogram with its density. */
import { useTranslation } from 'react-i18next';
import { Bar, Line, ReferenceLine, Scatter } from 'recharts';
import type { DurationFit } from '../../analysis/fit/index.ts';
import { CHART_COLORS } from './chartStyle.ts';
import { FitChart } from './FitChart.tsx';
import { figure, tick } from './format.ts';

export type ServicePlotKind = 'qq' | 'histogram';

type Fitted = Extract<DurationFit, { ok: true }>;

export function ServicePlot({
  kind,
  fit,
  familyName,
}: {
  kind: ServicePlotKind;
  fit: Fitted;
  familyName: string;
}) {
  const { t } = useTranslation();
  const { best, histogram } = fit;
  if (kind === 'qq') {
    const points = best.qq.fitted.map((x, i) => ({ fitted: x, observed: best.qq.observed[i]! }));
    const top = Math.max(...best.qq.fitted, ...best.qq.observed);
    const numberAxis = (dataKey: string) =>
      ({ type: 'number', dataKey, domain: [0, top], tickFormatter: tick }) as const;
    return (
      <FitChart
        description={t('calibrate.fit.service.qqChart', { family: familyName })}
        kind="scatter"
        verticalGrid
        x={{ title: t('calibrate.fit.service.fitted'), props: numberAxis('fitted') }}
        y={{ title: t('calibrate.fit.service.observed'), width: 64, props: numberAxis('observed') }}
      >
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: top, y: top },
          ]}
          stroke={CHART_COLORS.queue}
          strokeDasharray="4 4"
        />
        <Scatter data={points} fill={CHART_COLORS.bars} isAnimationActive={false} />
      </FitChart>
    );
  }
  const bars = histogram.density.map((density, i) => ({
    mid: Number(figure((histogram.edges[i]! + histogram.edges[i + 1]!) / 2)),
    density,
    fitted: best.densityAtBins[i] ?? 0,
  }));
  return (
    <FitChart
      description={t('calibrate.fit.service.histogramChart', { family: familyName })}
      data={bars}
      barCategoryGap={1}
      x={{ title: t('calibrate.fit.service.minutes'), props: { dataKey: 'mid' } }}
      y={{ title: t('calibrate.fit.service.density'), width: 56, props: { tickFormatter: tick } }}
    >
      <Bar dataKey="density" fill={CHART_COLORS.grid} isAnimationActive={false} />
      <Line
        dataKey="fitted"
        type="monotone"
        stroke={CHART_COLORS.bars}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </FitChart>
  );
}

/** The chosen candidate against the durations: a Q–Q plot (points on the diagonal fit) or the histogram with its density. */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Label,
  Line,
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { DurationFit } from '../../analysis/fit/index.ts';
import { CHART_COLORS, FIT_CHART_HEIGHT_PX, FIT_CHART_MARGIN, axisTick } from './chartStyle.ts';
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
    return (
      <div
        className="calibrate-chart"
        role="img"
        aria-label={t('calibrate.fit.service.qqChart', { family: familyName })}
      >
        <ScatterChart
          responsive
          style={{ width: '100%', height: FIT_CHART_HEIGHT_PX }}
          margin={FIT_CHART_MARGIN}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis
            type="number"
            dataKey="fitted"
            domain={[0, top]}
            tick={axisTick}
            tickFormatter={tick}
          >
            <Label
              value={t('calibrate.fit.service.fitted')}
              position="insideBottom"
              offset={-18}
              style={axisTick}
            />
          </XAxis>
          <YAxis
            type="number"
            dataKey="observed"
            domain={[0, top]}
            tick={axisTick}
            tickFormatter={tick}
            width={64}
          >
            <Label
              value={t('calibrate.fit.service.observed')}
              angle={-90}
              position="insideLeft"
              style={{ ...axisTick, textAnchor: 'middle' }}
            />
          </YAxis>
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: top, y: top },
            ]}
            stroke={CHART_COLORS.queue}
            strokeDasharray="4 4"
          />
          <Scatter data={points} fill={CHART_COLORS.bars} isAnimationActive={false} />
        </ScatterChart>
      </div>
    );
  }
  const bars = histogram.density.map((density, i) => ({
    mid: Number(figure((histogram.edges[i]! + histogram.edges[i + 1]!) / 2)),
    density,
    fitted: best.densityAtBins[i] ?? 0,
  }));
  return (
    <div
      className="calibrate-chart"
      role="img"
      aria-label={t('calibrate.fit.service.histogramChart', { family: familyName })}
    >
      <ComposedChart
        responsive
        style={{ width: '100%', height: FIT_CHART_HEIGHT_PX }}
        data={bars}
        margin={FIT_CHART_MARGIN}
        barCategoryGap={1}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="mid" tick={axisTick} interval="preserveStartEnd" minTickGap={16}>
          <Label
            value={t('calibrate.fit.service.minutes')}
            position="insideBottom"
            offset={-18}
            style={axisTick}
          />
        </XAxis>
        <YAxis tick={axisTick} width={56} tickFormatter={tick}>
          <Label
            value={t('calibrate.fit.service.density')}
            angle={-90}
            position="insideLeft"
            style={{ ...axisTick, textAnchor: 'middle' }}
          />
        </YAxis>
        <Bar dataKey="density" fill={CHART_COLORS.grid} isAnimationActive={false} />
        <Line
          dataKey="fitted"
          type="monotone"
          stroke={CHART_COLORS.bars}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
}

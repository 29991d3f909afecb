/**
 * The frame every chart of the Calibrate dialog shares: a described image (role="img"
 * with its words for a screen reader), the dialog's size and margins, the grid, both axes
 * with their titles in the app's tick style, and the tooltip. The caller gives only its
 * series (bars, lines, bands, points), so the charts cannot drift apart in look.
 */
import type { ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Label,
  ScatterChart,
  Tooltip,
  XAxis,
  type XAxisProps,
  YAxis,
  type YAxisProps,
} from 'recharts';
import {
  CHART_COLORS,
  FIT_CHART_HEIGHT_PX,
  FIT_CHART_MARGIN,
  axisTick,
  tooltipStyle,
} from './chartStyle.ts';

export interface FitChartAxis {
  /** The axis title ("Time of day", "Per hour"); none when the ticks say enough. */
  title?: string;
  /** Anything else of recharts' axis: dataKey, type, domain, tickFormatter, width. */
  props?: Partial<XAxisProps & YAxisProps>;
}

export function FitChart({
  description,
  kind = 'composed',
  data,
  x,
  y,
  tooltip = false,
  verticalGrid = false,
  barCategoryGap,
  height = FIT_CHART_HEIGHT_PX,
  testId,
  children,
}: {
  /** What the chart shows, for those who cannot see it. */
  description: string;
  /** 'scatter' for points on two number axes (a Q–Q plot); 'composed' for the rest. */
  kind?: 'composed' | 'scatter';
  data?: readonly object[];
  x: FitChartAxis;
  y: FitChartAxis & { width: number };
  tooltip?: boolean;
  verticalGrid?: boolean;
  barCategoryGap?: number;
  height?: number;
  testId?: string;
  children: ReactNode;
}) {
  const Chart = kind === 'scatter' ? ScatterChart : ComposedChart;
  // A time-of-day or bin axis keeps its first and last tick and thins the rest to fit.
  const categoryTicks =
    x.props?.type === 'number' ? {} : { interval: 'preserveStartEnd' as const, minTickGap: 16 };
  return (
    <div className="calibrate-chart" role="img" aria-label={description} data-testid={testId}>
      <Chart
        responsive
        style={{ width: '100%', height }}
        {...(data === undefined ? {} : { data: data as object[] })}
        margin={FIT_CHART_MARGIN}
        {...(barCategoryGap === undefined ? {} : { barCategoryGap })}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={verticalGrid} />
        <XAxis tick={axisTick} {...categoryTicks} {...(x.props as XAxisProps)}>
          {x.title !== undefined && (
            <Label value={x.title} position="insideBottom" offset={-18} style={axisTick} />
          )}
        </XAxis>
        <YAxis tick={axisTick} width={y.width} {...(y.props as YAxisProps)}>
          {y.title !== undefined && (
            <Label
              value={y.title}
              angle={-90}
              position="insideLeft"
              style={{ ...axisTick, textAnchor: 'middle' }}
            />
          )}
        </YAxis>
        {tooltip && <Tooltip contentStyle={tooltipStyle} />}
        {children}
      </Chart>
    </div>
  );
}

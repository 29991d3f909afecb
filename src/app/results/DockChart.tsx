/**
 * The frame the charts in the results dock and the planning tab share: a titled figure, a
 * line in words instead when there is nothing to plot, and otherwise a described image
 * (role="img" with its summary for a screen reader) holding one recharts chart at the
 * dock's size with the grid, the x axis with its name and the legend. The caller gives the
 * y axes, tooltip and series, so the charts cannot drift apart in look.
 */
import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Label, Legend, XAxis } from 'recharts';
import { CHART_COLORS, CHART_HEIGHT_PX, axisTick, tooltipStyle } from './chartStyle.ts';

/** Room below the plot for the x axis's name, and a little at the sides for the ticks. */
const MARGIN = { top: 8, right: 8, bottom: 28, left: 8 } as const;

export interface DockChartProps {
  title: string;
  /** What the chart shows, in words; with `empty`, unused. */
  summary: string;
  /** Said instead of the plot when there is nothing to draw. */
  empty?: string;
  data: readonly object[];
  /** The x axis: the data's key and the axis name. */
  x: { dataKey: string; name: string; thinTicks?: number };
  /** A legend above the plot (for two or more series). */
  legend?: boolean;
  barCategoryGap?: number;
  className?: string;
  testId?: string;
  /** A line under the plot. */
  note?: string;
  /** The y axes, the tooltip and the series. */
  children: ReactNode;
}

export function DockChart({
  title,
  summary,
  empty,
  data,
  x,
  legend = true,
  barCategoryGap,
  className,
  testId,
  note,
  children,
}: DockChartProps) {
  // A time-of-day or bin axis keeps its first and last tick and thins the rest to fit.
  const ticks =
    x.thinTicks === undefined
      ? {}
      : { interval: 'preserveStartEnd' as const, minTickGap: x.thinTicks };
  return (
    <figure
      className={className ? `results-chart ${className}` : 'results-chart'}
      data-testid={testId}
    >
      <figcaption className="results-chart__title">{title}</figcaption>
      {empty !== undefined ? (
        <p className="results-empty">{empty}</p>
      ) : (
        <div className="results-chart__plot" role="img" aria-label={summary}>
          <ComposedChart
            responsive
            style={{ width: '100%', height: CHART_HEIGHT_PX }}
            data={data as object[]}
            margin={MARGIN}
            {...(barCategoryGap === undefined ? {} : { barCategoryGap })}
          >
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            <XAxis dataKey={x.dataKey} tick={axisTick} {...ticks}>
              <Label value={x.name} position="insideBottom" offset={-18} style={axisTick} />
            </XAxis>
            {children}
            {legend && <Legend verticalAlign="top" wrapperStyle={tooltipStyle} />}
          </ComposedChart>
        </div>
      )}
      {note ? <p className="planning-note">{note}</p> : null}
    </figure>
  );
}

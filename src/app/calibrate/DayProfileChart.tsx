/**
 * A fit over the bins of the day (ArrivalsFit, WindowsFit): its summary in words, then a
 * chart with the time of day across and the fitted figure as a step line over what
 * stands behind it (the arrival rate's interval band, the windows open).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Line } from 'recharts';
import { FitChart, type FitChartAxis } from './FitChart.tsx';

export function DayProfileChart({
  summary,
  summaryTestId,
  description,
  data,
  y,
  barCategoryGap,
  line,
  children,
}: {
  summary: string;
  summaryTestId?: string;
  /** What the chart shows; the summary follows it for a screen reader. */
  description: string;
  /** One row a bin, its clock time as `time`. */
  data: readonly object[];
  y: FitChartAxis & { width: number };
  barCategoryGap?: number;
  /** The fitted figure, drawn as a step line on top. */
  line: { dataKey: string; name: string; color: string };
  /** The series behind the line. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="calibrate-fit__text" data-testid={summaryTestId}>
        {summary}
      </p>
      <FitChart
        description={`${description}. ${summary}`}
        data={data}
        x={{ title: t('calibrate.fit.arrivals.axisX'), props: { dataKey: 'time' } }}
        y={y}
        tooltip
        barCategoryGap={barCategoryGap}
      >
        {children}
        <Line
          dataKey={line.dataKey}
          name={line.name}
          type="step"
          stroke={line.color}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </FitChart>
    </>
  );
}

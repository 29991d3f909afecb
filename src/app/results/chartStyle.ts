/** What the charts share: sizes readable on a projector, and the colours of the app's palette. */
export const CHART_FONT_PX = 15;
export const CHART_HEIGHT_PX = 300;
export const CHART_COLORS = {
  bars: '#1d4ed8',
  utilization: '#1b7f45',
  queue: '#a35c00',
  grid: '#d0d5dd',
  text: '#111827',
} as const;

export const axisTick = { fontSize: CHART_FONT_PX, fill: CHART_COLORS.text };
export const tooltipStyle = { fontSize: CHART_FONT_PX };

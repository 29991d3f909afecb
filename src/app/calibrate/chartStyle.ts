/** The dialog's charts: smaller than the results dock's, the same palette and font. */
export { CHART_COLORS, axisTick, tooltipStyle } from '../results/chartStyle.ts';

export const FIT_CHART_HEIGHT_PX = 220;
export const FIT_CHART_MARGIN = { top: 8, right: 16, bottom: 28, left: 8 };
export const INTERVAL_FILL = '#93c5fd';

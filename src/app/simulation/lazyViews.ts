/**
 * The heavy views (charts come with recharts) load when first shown, not with the
 * editor: a designer who never runs a simulation never downloads them.
 */
import { lazy } from 'react';

const resultsPanel = () => import('../results/ResultsPanel.tsx');

/** Starts loading the results views while a run goes on, so they are ready when it ends. */
export function preloadResultsViews(): void {
  void resultsPanel();
}

export const LazyResultsPanel = lazy(() =>
  resultsPanel().then((module) => ({ default: module.ResultsPanel })),
);

export const LazyScenarioComparison = lazy(() =>
  import('../results/ScenarioComparison.tsx').then((module) => ({
    default: module.ScenarioComparison,
  })),
);

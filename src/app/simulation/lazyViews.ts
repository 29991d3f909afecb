/**
 * The heavy views (charts come with recharts) load when first shown, not with the
 * editor: a designer who never runs a simulation never downloads them.
 */
import { lazy } from 'react';

export const LazyResultsPanel = lazy(() =>
  import('../results/ResultsPanel.tsx').then((module) => ({ default: module.ResultsPanel })),
);

export const LazyScenarioComparison = lazy(() =>
  import('../results/ScenarioComparison.tsx').then((module) => ({
    default: module.ScenarioComparison,
  })),
);

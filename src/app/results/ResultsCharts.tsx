/** The charts of a run: time in the branch, and one pool over time (the busiest first). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { poolRows } from './breakdown.ts';
import { PoolSeriesChart } from './PoolSeriesChart.tsx';
import { ResultsSection } from './ResultsSection.tsx';
import { TimeInSystemChart } from './TimeInSystemChart.tsx';
import type { ResultsViewProps } from './viewProps.ts';

/** Pools by utilisation, busiest first: the one a designer looks at first. */
function poolsByUtilization(results: Results, blueprint: Blueprint): string[] {
  const busy = (value: number) => (Number.isFinite(value) ? value : -1);
  return poolRows(results, blueprint)
    .sort((a, b) => busy(b.utilization.mean) - busy(a.utilization.mean))
    .map((row) => row.poolId);
}

export function ResultsCharts({ results, blueprint, names }: ResultsViewProps) {
  const { t } = useTranslation();
  const pools = poolsByUtilization(results, blueprint);
  const [chosen, setChosen] = useState<string | null>(null);
  const poolId = chosen !== null && pools.includes(chosen) ? chosen : (pools[0] ?? null);
  return (
    <ResultsSection heading={t('results.charts.heading')}>
      <TimeInSystemChart histogram={results.system.timeInSystemHistogram} />
      {poolId !== null && (
        <>
          {pools.length > 1 && (
            <label className="results-picker">
              <span>{t('results.charts.poolPicker')}</span>
              <select value={poolId} onChange={(event) => setChosen(event.target.value)}>
                {pools.map((id) => (
                  <option key={id} value={id}>
                    {names.pool(id)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <PoolSeriesChart results={results} poolId={poolId} poolName={names.pool(poolId)} />
        </>
      )}
    </ResultsSection>
  );
}

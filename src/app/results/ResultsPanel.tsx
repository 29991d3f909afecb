/**
 * The results of a run: the whole process's figures, the ranked wait and fail points
 * (a click selects the step), the day's batches (no wait point: nobody waits for them), the
 * lobby manager's diversions, missed tickets, the pools, the
 * classes, who the cost was for, the warnings and the charts.
 * Props only: the run store decides which results to show and whether they are stale.
 */
import '../styles/results.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { Batches } from './Batches.tsx';
import { ClassTable } from './ClassTable.tsx';
import { CostTable } from './CostTable.tsx';
import { Diversions } from './Diversions.tsx';
import { Currency } from './currency.ts';
import { clockTime, formatAmount } from './format.ts';
import { KpiGrid } from './KpiGrid.tsx';
import { MissedCalls } from './MissedCalls.tsx';
import { namesIn } from './names.ts';
import { PoolBars } from './PoolBars.tsx';
import { FailPoints, WaitPoints } from './RankedPoints.tsx';
import { ResultsCharts } from './ResultsCharts.tsx';
import { RunWarnings } from './RunWarnings.tsx';

export interface ResultsPanelProps {
  results: Results;
  /** The blueprint the results belong to, for step, pool and class names and the designer's marks. */
  blueprint: Blueprint;
  /** The blueprint changed after this run. */
  stale: boolean;
  onSelectStep: (stepId: string) => void;
}

function RunSummary({ results }: { results: Results }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { run } = results;
  const text =
    run.mode === 'day'
      ? t('results.runDay', {
          replications: run.replications,
          open: clockTime(run.start),
          close: clockTime(run.arrivalsEnd),
        })
      : t('results.runSteady', {
          replications: run.replications,
          minutes: formatAmount(run.arrivalsEnd - run.statsStart, 'whole', language),
        });
  return <p className="results-panel__run">{text}</p>;
}

export function ResultsPanel({ results, blueprint, stale, onSelectStep }: ResultsPanelProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const names = useMemo(() => namesIn(blueprint, language), [blueprint, language]);
  return (
    // Money in the currency of the blueprint the run was of, even once the open one changed.
    <Currency value={blueprint.currency}>
      <div className="results-panel" data-testid="results-panel" data-stale={stale}>
        <h2 className="results-panel__heading">{t('results.heading')}</h2>
        {stale && (
          <p className="results-stale" role="status" data-testid="results-stale">
            <span aria-hidden="true">⚠ </span>
            {t('results.stale')}
          </p>
        )}
        <RunSummary results={results} />
        <RunWarnings warnings={results.warnings} names={names} />
        <KpiGrid results={results} />
        <WaitPoints
          results={results}
          blueprint={blueprint}
          names={names}
          onSelectStep={onSelectStep}
        />
        <Batches
          results={results}
          blueprint={blueprint}
          names={names}
          onSelectStep={onSelectStep}
        />
        <FailPoints
          results={results}
          blueprint={blueprint}
          names={names}
          onSelectStep={onSelectStep}
        />
        <Diversions results={results} names={names} onSelectStep={onSelectStep} />
        <MissedCalls results={results} names={names} onSelectStep={onSelectStep} />
        <PoolBars results={results} blueprint={blueprint} names={names} />
        <ClassTable results={results} blueprint={blueprint} names={names} />
        <CostTable results={results} blueprint={blueprint} names={names} />
        <ResultsCharts results={results} blueprint={blueprint} names={names} />
      </div>
    </Currency>
  );
}

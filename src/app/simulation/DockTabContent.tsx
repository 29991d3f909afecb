/** The content of the dock's chosen tab. */
import { Suspense, useDeferredValue, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Blueprint, findDayType } from '../../model/index.ts';
import { fileStem } from '../files/fileNames.ts';
import { PoolEstimatesView } from '../estimates/PoolEstimatesView.tsx';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import type { PoolEstimatesState } from '../estimates/usePoolEstimates.ts';
import { ExportResultsButtons } from '../results/ExportResultsButtons.tsx';
import { MonthPanel } from '../results/MonthPanel.tsx';
import { EventLogButton } from './EventLogButton.tsx';
import { RunSettings } from './RunSettings.tsx';
import { useBlueprintStore } from '../store/appStore.ts';
import { useRunStore } from './appRunStore.ts';
import { isStale, type DockTab } from './runStore.ts';
import { useBlueprintOnChosenDay } from './dayTypeChoice.ts';
import { LazyResultsPanel } from './lazyViews.ts';
import { StaffingTab, WhatIfTab } from './PlanningTabs.tsx';
import { ScenariosPanel } from './ScenariosPanel.tsx';

interface Props {
  tab: DockTab;
  onSelectStep: (stepId: string) => void;
  estimates: PoolEstimatesState;
}

export function DockTabContent({ tab, onSelectStep, estimates }: Props) {
  const { t } = useTranslation();
  // What-if and staffing vary the day chosen to run, not the blueprint as drawn.
  const blueprint = useBlueprintOnChosenDay();
  // Whatever a tab holds (a what-if's units, a staffing search and its answer, a scenario
  // name being typed) belongs to the open document: another document starts every tab
  // afresh, and a search under way stops, rather than showing under the new one's names.
  const documentSerial = useBlueprintStore((state) => state.documentSerial);
  return (
    <Suspense
      key={documentSerial}
      fallback={<p className="dock__empty">{t('simulation.loading')}</p>}
    >
      {contentOf(tab, onSelectStep, estimates, blueprint)}
    </Suspense>
  );
}

function contentOf(
  tab: DockTab,
  onSelectStep: (stepId: string) => void,
  estimates: PoolEstimatesState,
  blueprint: Blueprint | null,
): ReactNode {
  switch (tab) {
    case 'results':
      return <LatestResults onSelectStep={onSelectStep} />;
    case 'estimates':
      return <PoolEstimatesView {...estimates} />;
    case 'whatIf':
      return blueprint && <WhatIfTab blueprint={blueprint} />;
    case 'staffing':
      return blueprint && <StaffingTab blueprint={blueprint} />;
    case 'scenarios':
      return <ScenariosPanel />;
  }
}

function LatestResults({ onSelectStep }: { onSelectStep: (stepId: string) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // The panel (charts and all) renders in an interruptible pass: the page keeps
  // answering while a big run's results are drawn.
  const latest = useDeferredValue(useRunStore((state) => state.latest));
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const text = useLocalizedText();
  const showMonthDay = useRunStore((state) => state.showMonthDay);
  // The day picked shows at once; its full results below follow in the deferred pass.
  const pickedDay = useRunStore((state) => state.latest?.results.run.dayType);
  const dayId = latest?.results.run.dayType;
  const day = latest && dayId !== undefined ? findDayType(latest.blueprint, dayId) : undefined;
  const dayLabel = day ? text(day.label) || day.id : '';
  if (!latest)
    return (
      <>
        <RunSettings />
        <p className="dock__empty">{t('simulation.noResults')}</p>
      </>
    );
  return (
    <>
      <div className="dock__results-bar">
        <RunSettings />
        <ExportResultsButtons
          results={latest.results}
          blueprint={latest.blueprint}
          fileStem={fileStem(latest.blueprint, language)}
          month={latest.month}
        />
        <EventLogButton record={latest} fileStem={fileStem(latest.blueprint, language)} />
      </div>
      <p className="dock__run-of" data-testid="run-of">
        {t('simulation.runOf', {
          time: new Date(latest.finishedAt).toLocaleTimeString(language, {
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            // A branch's clock is 24-hour in both languages, as the playback's is.
            hourCycle: 'h23',
          }),
          replications: latest.results.run.replications,
          seed: latest.month?.run.seed ?? latest.results.run.seed,
        })}
        {latest.month
          ? t('simulation.runOfMonth', {
              days: latest.month.month.days,
              types: latest.month.dayTypes.length,
            })
          : dayLabel && t('simulation.runOnDay', { day: dayLabel })}
        {latest.variant && <> · {t('simulation.whatIfRun', { variant: latest.variant })}</>}
      </p>
      {latest.month && (
        <MonthPanel
          month={latest.month}
          blueprint={latest.blueprint}
          shownDay={pickedDay}
          onShowDay={showMonthDay}
        />
      )}
      <LazyResultsPanel
        results={latest.results}
        blueprint={latest.blueprint}
        stale={isStale(latest, blueprint)}
        onSelectStep={onSelectStep}
      />
    </>
  );
}

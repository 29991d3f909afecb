/**
 * The planning tabs of the dock: the what-if controls with the change they made, and the
 * staffing helper. Both run in the workers; a what-if becomes the latest results (marked
 * as a variant; with the month chosen, a month of the variant), staffing trials do not.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Blueprint, findDayType } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { StaffingHelper } from '../staffing/StaffingHelper.tsx';
import { WhatIfPanel } from '../whatif/WhatIfPanel.tsx';
import { useRunStore } from './appRunStore.ts';
import { LazyScenarioComparison } from './lazyViews.ts';
import { runsMonth } from './monthRun.ts';
import { quietRunner } from './quietRun.ts';
import type { RunRecord } from './runStore.ts';

export function WhatIfTab({ blueprint }: { blueprint: Blueprint }) {
  const { t } = useTranslation();
  const busy = useRunStore((state) => state.status === 'running');
  const run = useRunStore((state) => state.run);
  const latest = useRunStore((state) => state.latest);
  const base = useRunStore((state) => state.whatIfBase);
  // With the month chosen, a what-if runs the month (runStore.run), and says so.
  const month = useRunStore((state) => runsMonth(blueprint, state.options));
  return (
    <div className="planning-tab">
      <WhatIfPanel
        blueprint={blueprint}
        busy={busy}
        month={month}
        onRun={(variant, label) => void run(variant, label)}
      />
      {latest?.variant && base && (
        <LazyScenarioComparison
          left={asScenario(base, t('simulation.asDrawn'))}
          right={asScenario(latest, latest.variant)}
        />
      )}
    </div>
  );
}

function asScenario(record: RunRecord, name: string) {
  return {
    id: `run-${record.serial}`,
    name,
    createdAt: record.finishedAt,
    blueprint: record.blueprint,
    results: record.results,
    ...(record.month ? { month: record.month } : {}),
  };
}

export function StaffingTab({ blueprint }: { blueprint: Blueprint }) {
  const busy = useRunStore((state) => state.status === 'running');
  const runner = useMemo(() => quietRunner(() => useRunStore.getState().options), []);
  useEffect(() => runner.stop, [runner]);
  const day = useChosenDayName();
  return <StaffingHelper blueprint={blueprint} run={runner.run} busy={busy} day={day} />;
}

/** The name of the day type chosen to run, in the UI language; empty for the blueprint as drawn. */
function useChosenDayName(): string {
  const text = useLocalizedText();
  const drawn = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const dayId = useRunStore((state) => state.options.dayType);
  const dayType = drawn && dayId !== undefined ? findDayType(drawn, dayId) : undefined;
  return dayType ? text(dayType.label) || dayType.id : '';
}

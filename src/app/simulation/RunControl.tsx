/**
 * The Run button in the header, with the run's progress (replications done and the
 * simulated clock), Cancel while it runs, and how the last run ended. Ctrl+Enter runs
 * from anywhere. A blueprint with errors cannot run; the reason is said next to the button.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { findDayType } from '../../model/index.ts';
import { useLayoutPreferences } from '../header/layoutPreferences.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { useCommands } from '../keyboard/commands.ts';
import { clockTime } from '../results/format.ts';
import { showFirstError } from '../sidebar/showFirstError.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { useRunStore } from './appRunStore.ts';
import { preloadResultsViews } from './lazyViews.ts';
import { runFailureText } from './runFailure.ts';
import { runnable } from './runnable.ts';

export function RunControl() {
  const { t } = useTranslation();
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const findings = useBlueprintStore((state) => state.document?.findings ?? []);
  const status = useRunStore((state) => state.status);
  const progress = useRunStore((state) => state.progress);
  const latest = useRunStore((state) => state.latest);
  const error = useRunStore((state) => state.error);
  const problem = useRunStore((state) => state.problem);
  const run = useRunStore((state) => state.run);
  const cancel = useRunStore((state) => state.cancel);
  const text = useLocalizedText();
  const revealSidebar = useLayoutPreferences((state) => state.revealSidebar);
  const can = runnable(blueprint, findings);
  const running = status === 'running';

  const start = useCallback(() => {
    if (!can.ok || !blueprint) return;
    preloadResultsViews();
    void run(blueprint);
  }, [blueprint, can.ok, run]);

  useCommands([
    {
      id: 'simulation.run',
      keys: ['Mod+Enter'],
      inTextFields: true,
      run: () => {
        if (!running) start();
      },
    },
  ]);

  let note: string | null = null;
  const blockedByErrors = !can.ok && can.reason === 'errors';
  if (blockedByErrors) note = t('simulation.cannotRun', { count: can.count });
  else if (!can.ok && can.reason === 'no-arrivals') note = t('simulation.nothingToRun');
  else if (status === 'cancelled') note = t('simulation.cancelled');
  else if (status === 'failed') note = runFailureText(t, error, problem);
  else if (status === 'done' && latest)
    note = t('simulation.finished', { seconds: (latest.milliseconds / 1000).toFixed(1) });

  const done = progress?.done ?? 0;
  const total = progress?.total ?? 1;
  const clock = progress?.clock;
  const replicationText =
    clock != null
      ? t('simulation.progressClock', {
          done: Math.min(total, done + 1),
          total,
          clock: clockTime(clock),
        })
      : t('simulation.progress', { done, total });
  // The header's short line: the simulated clock is in the tooltip only.
  const replicationShort = t('simulation.progressShort', {
    done: clock != null ? Math.min(total, done + 1) : done,
    total,
  });
  // A month runs its day types in turn: which one is under way comes first.
  const day = progress?.day;
  const dayType = day && blueprint ? findDayType(blueprint, day.dayType) : undefined;
  const dayWords = day && {
    day: (dayType && text(dayType.label)) || day.dayType,
    index: day.index + 1,
    count: day.count,
  };
  const progressText = dayWords
    ? `${t('simulation.progressDay', dayWords)} · ${replicationText}`
    : replicationText;

  return (
    <div className={`run-control${running ? ' run-control--running' : ''}`}>
      {running ? (
        <>
          <div
            className="run-control__bar"
            role="progressbar"
            aria-label={t('simulation.running')}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
            aria-valuetext={progressText}
          >
            <div className="run-control__fill" style={{ width: `${(100 * done) / total}%` }} />
          </div>
          {/* Short lines, whole in the header's room (a month's day and the replication
              on two); the long words in the tooltip and the progress bar's value. */}
          <span
            className="run-control__text run-control__text--progress"
            aria-live="polite"
            title={progressText}
          >
            {dayWords && (
              <span className="run-control__line">
                {t('simulation.progressDayShort', dayWords)}
              </span>
            )}
            <span className="run-control__line">{replicationShort}</span>
          </span>
          <button type="button" className="run-control__cancel" onClick={cancel}>
            {t('simulation.cancel')}
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            className="run-control__run"
            onClick={start}
            disabled={!can.ok}
            aria-label={latest ? t('simulation.rerun') : t('simulation.run')}
            aria-keyshortcuts="Control+Enter"
            title={`${t('simulation.run')} (Ctrl+Enter)`}
          >
            <span aria-hidden="true">▶ </span>
            {/* The short word on narrow screens (CSS picks), the full one otherwise. */}
            <span className="run-control__long">
              {latest ? t('simulation.rerun') : t('simulation.run')}
            </span>
            <span className="run-control__short" aria-hidden="true">
              {t('simulation.runShort')}
            </span>
          </button>
          {blockedByErrors ? (
            // Names the sidebar's heading and takes you there: the errors, not a riddle.
            <button
              type="button"
              className="run-control__text run-control__text--problem run-control__show-errors"
              title={t('simulation.cannotRunHint')}
              onClick={() => {
                revealSidebar();
                showFirstError();
              }}
            >
              {note}
            </button>
          ) : (
            <span
              className={`run-control__text${status === 'failed' || !can.ok ? ' run-control__text--problem' : ''}`}
              role="status"
              title={note ?? undefined}
            >
              {note}
            </span>
          )}
        </>
      )}
    </div>
  );
}

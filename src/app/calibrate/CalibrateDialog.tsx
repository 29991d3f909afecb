/**
 * The Calibrate dialog: a branch log read in a worker, its columns and names mapped to the
 * open blueprint, the fits with their quality, and Apply, which writes the kept fits as
 * one undoable change. A native modal <dialog>: focus moves into it, Escape closes it.
 */
import '../styles/calibrate.css';
import '../styles/calibrate-fits.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlueprintStore } from '../store/appStore.ts';
import { type DayChoice, withDayChoice } from '../../calibrate/index.ts';
import { applyFits } from './applyFits.ts';
import { ArrivalDays } from './ArrivalDays.tsx';
import { BacktestPanel } from './backtest/BacktestPanel.tsx';
import { ColumnMapping } from './ColumnMapping.tsx';
import { FitList } from './FitList.tsx';
import { LogSource } from './LogSource.tsx';
import { NameMapping } from './NameMapping.tsx';
import { ReadSettings } from './ReadSettings.tsx';
import { RowIssues } from './RowIssues.tsx';
import { fitItems, writesAnything } from './selection.ts';
import { useCalibrationRun } from './useCalibrationRun.ts';

const ALL_DAYS: DayChoice = { kind: 'calendar', dayType: 'all' };

export function CalibrateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const run = useCalibrationRun(blueprint);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [days, setDays] = useState<DayChoice>(ALL_DAYS);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const read = run.outcome?.kind === 'read' ? run.outcome.outcome : null;
  const fitted = read?.ok === true ? read : null;
  // The fits with the arrivals of the chosen days: what is shown, applied and back-tested.
  const fits = useMemo(
    () => (fitted === null ? null : withDayChoice(fitted.fits, days)),
    [fitted, days],
  );
  const items = useMemo(
    () => (fits !== null && blueprint !== null ? fitItems(blueprint, fits) : []),
    [blueprint, fits],
  );
  const reading = run.reading;
  const canApply = !reading && fitted !== null && writesAnything(items, left);

  const apply = () => {
    if (fitted === null || fits === null || run.file === null) return;
    const applied = applyFits(useBlueprintStore.getState(), fits, left, {
      log: run.file.name,
      summary: fitted.read.summary,
    });
    if (applied) dialog.current?.close();
  };

  const toggle = (key: string) =>
    setLeft((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <dialog
      ref={dialog}
      className="calibrate-dialog"
      aria-labelledby="calibrate-title"
      onClose={onClose}
      data-testid="calibrate-dialog"
    >
      <div className="calibrate-dialog__head">
        <h2 id="calibrate-title" className="calibrate-dialog__title">
          {t('calibrate.title')}
        </h2>
        <p className="calibrate-dialog__intro">{t('calibrate.intro')}</p>
      </div>
      <div className="calibrate-dialog__body">
        <LogSource run={run} />
        {read !== null && run.request.map !== undefined && (
          <ColumnMapping
            map={run.request.map}
            header={read.read.header}
            readable={read.ok}
            onChange={(map) => run.change({ map })}
            disabled={reading}
          />
        )}
        {run.file !== null && <ReadSettings request={run.request} onChange={run.change} />}
        {fitted !== null &&
          fits !== null &&
          blueprint !== null &&
          run.request.map !== undefined && (
            <>
              <NameMapping
                blueprint={blueprint}
                fits={fitted.fits}
                map={run.request.map}
                onChange={(map) => run.change({ map })}
                disabled={reading}
              />
              <RowIssues summary={fitted.read.summary} />
              <ArrivalDays
                blueprint={blueprint}
                fits={fitted.fits}
                choice={days}
                onChange={setDays}
              />
              <FitList
                blueprint={blueprint}
                fits={fits}
                items={items}
                left={left}
                onToggle={toggle}
              />
              {run.file !== null && !reading && (
                <BacktestPanel
                  file={run.file}
                  readWith={run.request}
                  blueprint={blueprint}
                  fits={fits}
                  left={left}
                  summary={fitted.read.summary}
                  canCalibrate={canApply}
                />
              )}
            </>
          )}
      </div>
      <div className="calibrate-dialog__actions">
        <p className="calibrate-dialog__hint">
          {fitted !== null && !canApply && !reading
            ? t('calibrate.nothingToApply')
            : t('calibrate.applyHint')}
        </p>
        <button type="button" className="files-button" onClick={() => dialog.current?.close()}>
          {t('calibrate.close')}
        </button>
        <button
          type="button"
          className="files-button files-button--primary"
          disabled={!canApply}
          onClick={apply}
        >
          {t('calibrate.apply')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * The back-test section of the Calibrate dialog: which blueprint (with the ticked fits,
 * as Apply would write it, or as it is), the ticket queue's step, when the model's ticket
 * is taken, how many days to simulate; Run, with progress and Cancel, in the calibration
 * worker; then the results. The blueprint in the editor never changes here.
 */
import '../../styles/calibrate-backtest.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TicketMoment, chooseQueueStep } from '../../../calibrate/backtest/index.ts';
import { type CalibrationFits, applyCalibration } from '../../../calibrate/index.ts';
import type { LogSummary } from '../../../calibrate/logs/index.ts';
import { DEFAULTS } from '../../../model/index.ts';
import type { Blueprint } from '../../../model/index.ts';
import { keptFits } from '../selection.ts';
import { useBlueprintNames } from '../useBlueprintNames.ts';
import type { CalibrationRequest } from '../workerApi.ts';
import { BacktestResults } from './BacktestResults.tsx';
import { BacktestStatus } from './BacktestStatus.tsx';
import { poolSteps } from './queueSteps.ts';
import { useBacktestRun } from './useBacktestRun.ts';

/** More days narrow the model's intervals; this many take seconds, not minutes. */
export const MAX_SIMULATED_DAYS = 1000;

type PanelProps = Parameters<typeof BacktestSettingsAndResults>[0];

/** An event log has no tickets to set waits against: the section says so instead. */
export function BacktestPanel(props: PanelProps) {
  const { t } = useTranslation();
  if (props.summary.kind !== 'queue')
    return (
      <section className="backtest" aria-labelledby="backtest-title" data-testid="backtest">
        <h3 id="backtest-title">{t('calibrate.backtest.title')}</h3>
        <p className="calibrate-hint">{t('calibrate.backtest.problem.event-log')}</p>
      </section>
    );
  return <BacktestSettingsAndResults {...props} />;
}

function BacktestSettingsAndResults({
  file,
  readWith,
  blueprint,
  fits,
  left,
  summary,
  canCalibrate,
}: {
  file: File;
  readWith: CalibrationRequest;
  blueprint: Blueprint;
  fits: CalibrationFits;
  left: ReadonlySet<string>;
  summary: LogSummary;
  /** Whether the ticked fits write anything (else only the blueprint as it is is offered). */
  canCalibrate: boolean;
}) {
  const { t } = useTranslation();
  const run = useBacktestRun();
  const [which, setWhich] = useState<'calibrated' | 'open'>('calibrated');
  const [ticketAt, setTicketAt] = useState<TicketMoment>('arrival');
  const [days, setDays] = useState(Math.max(2, summary.days));
  const [chosenStep, setChosenStep] = useState<string | null>(null);

  const calibrated = which === 'calibrated' && canCalibrate;
  const target = useMemo(
    () =>
      calibrated
        ? applyCalibration(blueprint, keptFits(fits, left), { log: file.name, summary })
        : blueprint,
    [calibrated, blueprint, fits, left, file.name, summary],
  );
  const names = useBlueprintNames(target);
  const candidates = poolSteps(target);
  const found = chooseQueueStep(target);
  const step =
    chosenStep !== null && candidates.includes(chosenStep)
      ? chosenStep
      : found.ok
        ? found.step
        : '';
  const steady = target.run?.mode === 'steady';
  const running = run.progress !== null;
  const result = run.outcome?.kind === 'done' ? run.outcome.result : null;
  const stale = result !== null && run.ranOn !== target;

  const start = () =>
    run.start(file, target, {
      read: readWith,
      queueStep: step,
      ticketAt,
      days,
      seed: target.run?.seed ?? DEFAULTS.seed,
    });

  return (
    <section className="backtest" aria-labelledby="backtest-title" data-testid="backtest">
      <h3 id="backtest-title">{t('calibrate.backtest.title')}</h3>
      <p className="calibrate-hint">{t('calibrate.backtest.intro')}</p>
      <div className="calibrate-settings backtest-settings">
        <label className="calibrate-field">
          <span>{t('calibrate.backtest.which')}</span>
          <select
            value={calibrated ? 'calibrated' : 'open'}
            disabled={!canCalibrate || running}
            onChange={(event) => setWhich(event.currentTarget.value as 'calibrated' | 'open')}
          >
            <option value="calibrated">{t('calibrate.backtest.whichCalibrated')}</option>
            <option value="open">{t('calibrate.backtest.whichOpen')}</option>
          </select>
        </label>
        <label className="calibrate-field">
          <span>{t('calibrate.backtest.queueStep')}</span>
          <select
            value={step}
            disabled={running}
            title={t('calibrate.backtest.queueStepHint')}
            onChange={(event) => setChosenStep(event.currentTarget.value)}
          >
            {step === '' && <option value="">{t('calibrate.backtest.chooseStep')}</option>}
            {candidates.map((id) => (
              <option key={id} value={id}>
                {names.step(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="calibrate-field">
          <span>{t('calibrate.backtest.ticketAt')}</span>
          <select
            value={ticketAt}
            disabled={running}
            onChange={(event) => setTicketAt(event.currentTarget.value as TicketMoment)}
          >
            <option value="arrival">{t('calibrate.backtest.ticketAtArrival')}</option>
            <option value="queue">{t('calibrate.backtest.ticketAtQueue')}</option>
          </select>
        </label>
        <label className="calibrate-field backtest-days">
          <span>{t('calibrate.backtest.days')}</span>
          <input
            type="number"
            min={2}
            max={MAX_SIMULATED_DAYS}
            step={1}
            value={days}
            disabled={running}
            onChange={(event) => {
              const typed = Math.round(Number(event.currentTarget.value));
              if (Number.isFinite(typed)) setDays(Math.min(MAX_SIMULATED_DAYS, Math.max(2, typed)));
            }}
          />
        </label>
        <button
          type="button"
          className="files-button files-button--primary backtest-run"
          disabled={running || step === '' || steady}
          onClick={start}
        >
          {t('calibrate.backtest.run')}
        </button>
      </div>
      {steady && <p className="calibrate-error">{t('calibrate.backtest.steady')}</p>}
      <BacktestStatus run={run} />
      {stale && <p className="calibrate-notes">{t('calibrate.backtest.stale')}</p>}
      {result !== null && <BacktestResults result={result} stepName={names.step} />}
    </section>
  );
}

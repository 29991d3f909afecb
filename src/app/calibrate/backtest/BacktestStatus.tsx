/** A back-test's progress with Cancel while it runs; afterwards why it stopped, if it did not finish. */
import { useTranslation } from 'react-i18next';
import type { BacktestRun } from './useBacktestRun.ts';

export function BacktestStatus({ run }: { run: BacktestRun }) {
  const { t } = useTranslation();
  const { progress, outcome } = run;
  if (progress !== null) {
    const total = Math.max(1, progress.total);
    return (
      <div className="calibrate-progress" role="status" data-testid="backtest-progress">
        <progress value={progress.done} max={total} />
        <span className="calibrate-progress__text">
          {progress.phase === 'reading'
            ? t('calibrate.backtest.reading', {
                percent: Math.floor((100 * progress.done) / total),
              })
            : t('calibrate.backtest.simulating', { done: progress.done, total: progress.total })}
        </span>
        <button type="button" className="files-button" onClick={run.cancel}>
          {t('calibrate.backtest.cancel')}
        </button>
      </div>
    );
  }
  if (outcome === null || outcome.kind === 'done') return null;
  let text: string;
  switch (outcome.kind) {
    case 'cancelled':
      text = t('calibrate.backtest.cancelled');
      break;
    case 'failed':
      text = t('calibrate.backtest.failed', { reason: outcome.message });
      break;
    case 'unreadable':
      text = t('calibrate.backtest.unreadable', { reason: outcome.message });
      break;
    case 'problem': {
      const { problem } = outcome;
      text = t(
        `calibrate.backtest.problem.${problem.code}`,
        'params' in problem ? problem.params : {},
      );
      break;
    }
  }
  return (
    <p
      className={outcome.kind === 'cancelled' ? 'calibrate-status' : 'calibrate-error'}
      role="status"
      data-testid="backtest-status"
    >
      {text}
    </p>
  );
}

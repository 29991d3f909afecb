/** The staffing search as it goes: each try (units → wait), then the answer in one sentence. */
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import type { StaffingTry } from './findStaffing.ts';
import { type StaffingStatus, triesOf } from './staffingState.ts';

export interface StaffingProgressProps {
  status: StaffingStatus;
  /** The pool's name in the UI language. */
  poolName: string;
}

function useFormat(): { minutes: (value: number) => string; percent: (share: number) => string } {
  const language = useUiLanguage();
  const minutes = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return {
    minutes: (value) => minutes.format(value),
    percent: (share) => String(Math.round(share * 100)),
  };
}

function TryItem({ tried, percentile }: { tried: StaffingTry; percentile: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text =
    tried.waitMinutes === null
      ? t('planning.staffing.tryNone', { units: tried.units })
      : t('planning.staffing.try', {
          units: tried.units,
          percentile,
          wait: format.minutes(tried.waitMinutes),
        });
  const verdict = tried.meetsTarget ? t('planning.staffing.meets') : t('planning.staffing.misses');
  return (
    <li className={tried.meetsTarget ? 'planning-try--meets' : 'planning-try--misses'}>
      {text}{' '}
      <span role="img" aria-label={verdict} title={verdict}>
        {tried.meetsTarget ? '✓' : '✗'}
      </span>
    </li>
  );
}

function Outcome({ status, poolName }: StaffingProgressProps) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (status.phase) {
    case 'idle':
      return null;
    case 'searching':
      return <p className="planning-note">{t('planning.staffing.searching')}</p>;
    case 'cancelled':
      return <p className="planning-note">{t('planning.staffing.cancelled')}</p>;
    case 'failed':
      return (
        <p className="planning-problem">
          {t('planning.staffing.failed', { reason: status.reason })}
        </p>
      );
    case 'done': {
      const { answer, target } = status;
      if (!answer.reachable) {
        const most = Math.max(0, ...answer.tries.map((tried) => tried.units));
        return (
          <p className="planning-problem">
            {t(`planning.staffing.notReachable.${answer.reason}`, { units: most, pool: poolName })}
          </p>
        );
      }
      const busy =
        answer.utilization === null
          ? ''
          : t('planning.staffing.busyPart', { percent: format.percent(answer.utilization) });
      return (
        <p className="planning-answer">
          {t('planning.staffing.answer', {
            units: answer.units,
            pool: poolName,
            percentile: target.percentile,
            minutes: format.minutes(target.waitMinutes),
            wait: format.minutes(answer.waitMinutes),
            busy,
          })}
        </p>
      );
    }
  }
}

export function StaffingProgress({ status, poolName }: StaffingProgressProps) {
  const { t } = useTranslation();
  const tries = triesOf(status);
  const percentile = status.phase === 'idle' ? 90 : status.target.percentile;
  return (
    <div className="planning-progress">
      {tries.length > 0 ? (
        <ol className="planning-tries" aria-label={t('planning.staffing.progressLabel')}>
          {tries.map((tried) => (
            <TryItem key={tried.units} tried={tried} percentile={percentile} />
          ))}
        </ol>
      ) : null}
      <div role="status" aria-live="polite">
        <Outcome status={status} poolName={poolName} />
      </div>
    </div>
  );
}

/**
 * The staffing search as it goes: each try (units → share within the target, its 95 %
 * interval and the verdict in words), then the answer in one sentence.
 */
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { type StaffingTarget, type StaffingTry, shownPercentile } from './findStaffing.ts';
import { type StaffingStatus, triesOf } from './staffingState.ts';
import type { ShareWithin, TargetVerdict } from './targetVerdict.ts';

export interface StaffingProgressProps {
  status: StaffingStatus;
  /** The pool's name in the UI language. */
  poolName: string;
  /** Whose wait the target is, in the UI language: "customers", or a class's name. */
  who: string;
  /** The day type searched on, in the UI language; empty for the blueprint as drawn. */
  day?: string;
}

interface Format {
  minutes: (value: number) => string;
  /** A share as a percentage with one decimal: 0.904 → "90.4". */
  share: (share: number) => string;
  /** A share as a whole percentage: 0.78 → "78". */
  percent: (share: number) => string;
}

function useFormat(): Format {
  const language = useUiLanguage();
  const minutes = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const share = new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    minutes: (value) => minutes.format(value),
    share: (value) => share.format(value * 100),
    percent: (value) => String(Math.round(value * 100)),
  };
}

/** The share, its interval's ends and the replications, formatted for a message. */
function shareParts(share: ShareWithin, format: Format) {
  return {
    share: format.share(share.mean),
    low: share.ci95 ? format.share(share.ci95[0]) : '',
    high: share.ci95 ? format.share(share.ci95[1]) : '',
    replications: share.replications,
  };
}

const MARK: Record<TargetVerdict, string> = { met: '✓', 'not-met': '✗', 'too-close': '?' };

function TryItem({
  tried,
  target,
  who,
}: {
  tried: StaffingTry;
  target: StaffingTarget;
  who: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const minutes = format.minutes(target.waitMinutes);
  const { share } = tried;
  const text =
    share === null
      ? t('planning.staffing.tryNone', { units: tried.units })
      : t(share.ci95 ? 'planning.staffing.try' : 'planning.staffing.tryNoInterval', {
          units: tried.units,
          minutes,
          who,
          ...shareParts(share, format),
        });
  const wait =
    share === null || tried.waitMinutes === null
      ? ''
      : t('planning.staffing.tryWait', {
          percentile: shownPercentile(target.percentile),
          wait: format.minutes(tried.waitMinutes),
        });
  return (
    <li className={`planning-try--${tried.verdict}`} data-verdict={tried.verdict}>
      {text}
      {wait}{' '}
      <span className="planning-verdict">
        <span aria-hidden="true">{MARK[tried.verdict]}</span>{' '}
        {t(`planning.staffing.verdict.${tried.verdict}`)}
      </span>
    </li>
  );
}

/** "3" or "2–3": the counts too close to call, which the search keeps in a run. */
function rangeOf(units: readonly number[]): string {
  const low = Math.min(...units);
  const high = Math.max(...units);
  return low === high ? String(low) : `${low}–${high}`;
}

function Outcome({ status, poolName, who, day = '' }: StaffingProgressProps) {
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
      const values = {
        units: answer.units,
        pool: poolName,
        who,
        // A target's share may have a decimal (82.5 %), formatted as the minutes are.
        percentile: format.minutes(target.percentile),
        minutes: format.minutes(target.waitMinutes),
        day: day && t('planning.staffing.dayPart', { day }),
        busy,
        ...shareParts(answer.share, format),
      };
      return answer.undecided.length === 0 ? (
        <p className="planning-answer" data-verdict="met">
          {t('planning.staffing.answer', values)}
        </p>
      ) : (
        <p className="planning-answer planning-answer--undecided" data-verdict="too-close">
          {t('planning.staffing.answerUndecided', { ...values, range: rangeOf(answer.undecided) })}
        </p>
      );
    }
  }
}

export function StaffingProgress({ status, poolName, who, day }: StaffingProgressProps) {
  const { t } = useTranslation();
  const tries = triesOf(status);
  return (
    <div className="planning-progress">
      {tries.length > 0 && status.phase !== 'idle' ? (
        <ol className="planning-tries" aria-label={t('planning.staffing.progressLabel')}>
          {tries.map((tried) => (
            <TryItem key={tried.units} tried={tried} target={status.target} who={who} />
          ))}
        </ol>
      ) : null}
      <div role="status" aria-live="polite">
        <Outcome status={status} poolName={poolName} who={who} {...(day ? { day } : {})} />
      </div>
    </div>
  );
}

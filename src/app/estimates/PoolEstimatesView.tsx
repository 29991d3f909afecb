/**
 * The instant estimate per pool, as a compact list: how busy, the day's mean wait with
 * any caveat, each stretch of the day (arrivals, units, how busy, the settled wait or how
 * fast the queue grows), and a plain warning for a pool whose queue grows. Presentational: it is given
 * the estimate (see PoolEstimates for the live one).
 */
import { useTranslation } from 'react-i18next';
import type { PoolEstimate, PoolEstimates as PoolEstimatesResult } from '../../sim/index.ts';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import { clockTime } from '../results/format.ts';
import { DiversionLines } from './DiversionLines.tsx';
import { type BatchView, type PriorityView, type StretchView, poolView } from './poolView.ts';
import '../styles/planning.css';

export interface PoolEstimatesViewProps {
  result: PoolEstimatesResult | null;
  pending?: boolean;
  error?: string | null;
}

function useMinutes(): (value: number) => string {
  const language = useUiLanguage();
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

function StretchRow({ stretch }: { stretch: StretchView }) {
  const { t } = useTranslation();
  const minutes = useMinutes();
  const wait =
    stretch.wait.kind === 'minutes'
      ? t('planning.estimates.stretchWait', { minutes: minutes(stretch.wait.minutes) })
      : stretch.wait.kind === 'none'
        ? t('planning.estimates.waitNone')
        : stretch.wait.kind === 'grows'
          ? t('planning.estimates.stretchGrows', { count: stretch.wait.perHour })
          : t('planning.estimates.stretchNoUnits');
  return (
    <li className={`planning-stretch planning-stretch--${stretch.level}`}>
      <span className="planning-stretch__time">
        {t('planning.estimates.stretchTime', {
          from: clockTime(stretch.from),
          to: clockTime(stretch.to),
        })}
      </span>
      <span>{t('planning.estimates.stretchRate', { rate: stretch.perHour })}</span>
      <span>{t('planning.estimates.stretchUnits', { count: stretch.units })}</span>
      <span className="planning-stretch__busy">
        {stretch.percent === null
          ? t('planning.estimates.noCapacity')
          : t('planning.estimates.busy', { percent: stretch.percent })}
      </span>
      <span className="planning-stretch__wait">{wait}</span>
    </li>
  );
}

/** A step done as one batch a day: its pile, its work and when it is done. */
function BatchLine({ batch }: { batch: BatchView }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const hours = useMinutes();
  const words = {
    step: localized(batch.label) || batch.step,
    at: clockTime(batch.at),
    count: batch.items,
    hours: hours(batch.workHours),
  };
  const text =
    batch.done.kind === 'at'
      ? t('planning.estimates.batch', { ...words, done: clockTime(batch.done.minute) })
      : batch.done.kind === 'never'
        ? t('planning.estimates.batchNeverDone', words)
        : t('planning.estimates.batchSteady', words);
  return (
    <span className="planning-pool__batch" data-batch={batch.step}>
      {text}
    </span>
  );
}

/** How the pool's queue is called in its priority group, and the formula its wait is from. */
function PriorityLine({
  priority,
  nameOf,
}: {
  priority: PriorityView;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const list = (ids: string[]) =>
    ids
      .map((id) => t('planning.estimates.poolName', { name: nameOf(id) }))
      .join(t('planning.estimates.listSeparator'));
  const words = {
    pools: list(priority.pools),
    units: priority.units,
    form: t(`planning.estimates.priorityForm.${priority.form}`),
  };
  return (
    <span className="planning-pool__priority" data-priority-form={priority.form}>
      {priority.before.length === 0
        ? t('planning.estimates.priorityFirst', words)
        : t('planning.estimates.priorityAfter', { ...words, before: list(priority.before) })}
    </span>
  );
}

function PoolRow({
  estimate,
  mode,
  nameOf,
}: {
  estimate: PoolEstimate;
  mode: 'day' | 'steady';
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const minutes = useMinutes();
  const view = poolView(estimate, mode);
  const name = localized(estimate.label) || estimate.id;
  const busy =
    view.percent === null
      ? t('planning.estimates.noCapacity')
      : t('planning.estimates.busy', { percent: view.percent });
  const wait =
    view.wait.kind === 'minutes'
      ? t('planning.estimates.wait', { minutes: minutes(view.wait.minutes) })
      : view.wait.kind === 'none'
        ? t('planning.estimates.waitNone')
        : t(`planning.estimates.waitReason.${view.wait.reason}`);
  return (
    <li className={`planning-pool planning-pool--${view.level}`} data-pool-id={estimate.id}>
      <span className="planning-pool__name">{name}</span>
      <span className="planning-pool__busy">{busy}</span>
      <span className="planning-bar" aria-hidden="true">
        <span className="planning-bar__fill" style={{ width: `${view.barPercent}%` }} />
      </span>
      <span className="planning-pool__wait">{wait}</span>
      {view.lending && (
        <span className="planning-pool__lending" data-lending={view.lending.kind}>
          {t(`planning.estimates.${view.lending.kind}`, { percent: view.lending.percent })}
        </span>
      )}
      {view.priority && <PriorityLine priority={view.priority} nameOf={nameOf} />}
      {view.batches.map((batch) => (
        <BatchLine key={batch.step} batch={batch} />
      ))}
      {view.caveats.map((caveat) => (
        <span key={caveat} className="planning-pool__caveat" data-caveat={caveat}>
          {t(`planning.estimates.caveat.${caveat}`)}
        </span>
      ))}
      {view.stretches.length > 0 && (
        <ol
          className="planning-stretches"
          aria-label={t('planning.estimates.stretchesLabel', { pool: name })}
        >
          {view.stretches.map((stretch) => (
            <StretchRow key={stretch.from} stretch={stretch} />
          ))}
        </ol>
      )}
    </li>
  );
}

function OverloadWarning({ estimate }: { estimate: PoolEstimate }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const view = poolView(estimate);
  const pool = localized(estimate.label) || estimate.id;
  const text =
    view.percent === null
      ? t('planning.estimates.overloadedNoUnits', { pool })
      : view.advice
        ? t('planning.estimates.overloaded', { pool, percent: view.percent, ...view.advice })
        : t('planning.estimates.overloadedNoAnswer', { pool, percent: view.percent });
  return <p className="planning-warning">{text}</p>;
}

function Body({ result, error }: PoolEstimatesViewProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  if (error)
    return <p className="planning-note">{t('planning.estimates.failed', { reason: error })}</p>;
  if (result === null) return null;
  if (!result.ok)
    return (
      <p className="planning-note">
        {t('planning.estimates.cannotRun', { reason: result.reason })}
      </p>
    );
  if (result.pools.length === 0)
    return <p className="planning-note">{t('planning.estimates.nothing')}</p>;
  const labels = new Map(result.pools.map((estimate) => [estimate.id, estimate.label]));
  const nameOf = (id: string) => {
    const label = labels.get(id);
    return (label !== undefined && localized(label)) || id;
  };
  return (
    <>
      <ul className="planning-pools" aria-label={t('planning.estimates.listLabel')}>
        {result.pools.map((estimate) => (
          <PoolRow key={estimate.id} estimate={estimate} mode={result.mode} nameOf={nameOf} />
        ))}
      </ul>
      <DiversionLines rules={result.diversions} />
      <p className="planning-note">
        {result.mode === 'day' ? t('planning.estimates.noteDay') : t('planning.estimates.note')}
      </p>
    </>
  );
}

/** A pool fine over the day but overloaded in its busiest stretch (a lunch peak). */
function PeakWarning({ estimate }: { estimate: PoolEstimate }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const peak = estimate.peak!;
  const words = {
    pool: localized(estimate.label) || estimate.id,
    from: clockTime(peak.from),
    to: clockTime(peak.to),
  };
  const text =
    peak.utilization === null
      ? t('planning.estimates.peakNoUnits', words)
      : t('planning.estimates.peakOverloaded', {
          ...words,
          percent: Math.round(peak.utilization * 100),
          count: Math.round(peak.units * 10) / 10,
          needed: peak.unitsNeeded ?? '—',
        });
  return <p className="planning-warning planning-warning--peak">{text}</p>;
}

export function PoolEstimatesView({
  result,
  pending = false,
  error = null,
}: PoolEstimatesViewProps) {
  const { t } = useTranslation();
  const overloaded = result?.ok ? result.pools.filter((estimate) => estimate.overloaded) : [];
  const overloadedAtPeak = result?.ok
    ? result.pools.filter((estimate) => !estimate.overloaded && estimate.peak?.overloaded)
    : [];
  return (
    <section className="planning-panel planning-estimates" aria-busy={pending}>
      <h3 className="planning-panel__heading">
        {t('planning.estimates.heading')}
        {pending ? (
          <span className="planning-pending">{t('planning.estimates.updating')}</span>
        ) : null}
      </h3>
      {/* Always in the page, so a screen reader hears a warning as soon as it appears. */}
      <div className="planning-warnings" role="status" aria-live="polite">
        {overloaded.map((estimate) => (
          <OverloadWarning key={estimate.id} estimate={estimate} />
        ))}
        {overloadedAtPeak.map((estimate) => (
          <PeakWarning key={estimate.id} estimate={estimate} />
        ))}
      </div>
      <Body result={result} error={error} />
    </section>
  );
}

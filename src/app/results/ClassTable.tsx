/**
 * The per-class breakdown: arrivals, how the visits ended (each outcome with its 95 %
 * interval), gave up (balked and reneged beneath), waits and times, share within target.
 */
import { useTranslation } from 'react-i18next';
import type { ExitOutcome } from '../../model/index.ts';
import { type Estimate, targetMet } from '../../sim/index.ts';
import { classRows } from './breakdown.ts';
import { GaveUpSplitNote } from './GaveUpSplitNote.tsx';
import { gaveUpSplit } from './gaveUpSplit.ts';
import { formatAmount, formatInterval, type Unit } from './format.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultsFormat } from './useResultsFormat.ts';
import type { ResultsViewProps } from './viewProps.ts';

/** The share within target with its interval, and beside a promised share whether it is met. */
function WithinTarget({ share, promised }: { share: Estimate | null; promised?: number }) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  if (!share) return <>{format.value(null, 'share')}</>;
  const met = targetMet(share, promised);
  const interval = share.ci95;
  return (
    <>
      {met !== null && (
        <span className="results-target" data-met={met}>
          {t(met ? 'results.classes.targetMet' : 'results.classes.targetMissed')}{' '}
        </span>
      )}
      {format.value(share.mean, 'share')}
      {interval && (
        <span className="results-table__ci">
          {t('results.classes.interval', format.bounds(interval, 'share', share.mean))}
        </span>
      )}
      {promised !== undefined && (
        <span className="results-table__ci">
          {t('results.classes.targetGoal', { share: format.value(promised, 'share') })}
        </span>
      )}
    </>
  );
}

export function ClassTable({ results, blueprint, names }: ResultsViewProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const day = results.run.mode === 'day';
  const per = day ? t('results.perDay') : t('results.perRun');
  // Outcomes per day in a business day; per hour in a steady run, whose length is arbitrary.
  const outcomeUnit: Unit = day ? 'count' : 'perHour';
  const outcomes = Object.keys(results.system.outcomes) as ExitOutcome[];
  const figure = (estimate: Estimate | undefined) => {
    const interval = estimate?.ci95;
    return (
      <>
        {formatAmount(estimate?.mean, 'count', format.language)}
        {interval && (
          <span className="results-table__ci">
            {t(
              'results.classes.interval',
              formatInterval(interval, 'count', format.language, estimate?.mean),
            )}
          </span>
        )}
      </>
    );
  };
  return (
    <ResultsSection
      heading={t('results.classes.heading')}
      caption={day ? per : t('results.classes.captionSteady', { per })}
    >
      <div className="results-table-scroll">
        <table className="results-table results-classes">
          <thead>
            <tr>
              <th scope="col">{t('results.classes.class')}</th>
              <th scope="col">{t('results.classes.arrived')}</th>
              {outcomes.map((outcome) => (
                <th scope="col" key={outcome} data-outcome={outcome}>
                  {t(`outcome.${outcome}`)}
                </th>
              ))}
              <th scope="col">{t('results.classes.abandoned')}</th>
              <th scope="col">{t('results.classes.waitMean')}</th>
              <th scope="col">{t('results.classes.timeInSystemMean')}</th>
              <th scope="col">{t('results.classes.timeInSystemP90')}</th>
              <th scope="col">{t('results.classes.waitP90')}</th>
              <th scope="col">{t('results.classes.withinTarget')}</th>
            </tr>
          </thead>
          <tbody>
            {classRows(results, blueprint).map(({ classId, result }) => (
              <tr key={classId} data-class-id={classId}>
                <th scope="row">
                  {names.customerClass(classId) ?? t('results.classes.defaultClass')}
                </th>
                <td>{format.value(result.arrived.mean, 'count')}</td>
                {outcomes.map((outcome) => {
                  const counted = result.outcomes[outcome];
                  return (
                    <td key={outcome} data-outcome={outcome}>
                      {figure(outcomeUnit === 'count' ? counted?.count : counted?.perHour)}
                    </td>
                  );
                })}
                <td data-column="abandoned">
                  {format.value(result.abandoned.mean, 'count')}
                  <GaveUpSplitNote split={gaveUpSplit(result)} />
                </td>
                <td>{format.value(result.wait.mean, 'minutes')}</td>
                <td>{format.value(result.timeInSystem.mean, 'minutes')}</td>
                <td>{format.value(result.timeInSystem.p90, 'minutes')}</td>
                <td data-column="wait-p90">{format.value(result.wait.p90, 'minutes')}</td>
                <td data-column="within-target">
                  <WithinTarget
                    share={result.withinTarget}
                    promised={
                      blueprint.classes?.find((c) => c.id === classId)?.serviceTarget?.share
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ResultsSection>
  );
}

/**
 * The per-class breakdown: arrivals, how the visits ended (each outcome with its 95 %
 * interval), gave up, waits and times, share within target.
 */
import { useTranslation } from 'react-i18next';
import type { ExitOutcome } from '../../model/index.ts';
import type { Estimate } from '../../sim/index.ts';
import { classRows } from './breakdown.ts';
import { formatAmount, formatInterval, type Unit } from './format.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultsFormat } from './useResultsFormat.ts';
import type { ResultsViewProps } from './viewProps.ts';

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
                <td>{format.value(result.abandoned.mean, 'count')}</td>
                <td>{format.value(result.wait.mean, 'minutes')}</td>
                <td>{format.value(result.timeInSystem.mean, 'minutes')}</td>
                <td>{format.value(result.timeInSystem.p90, 'minutes')}</td>
                <td>{format.value(result.withinTarget?.mean, 'share')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ResultsSection>
  );
}

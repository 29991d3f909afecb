/** The per-class breakdown: arrivals, served, gave up, waits and times, share within target. */
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { classRows } from './breakdown.ts';
import type { Names } from './names.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultsFormat } from './useResultsFormat.ts';

export function ClassTable({
  results,
  blueprint,
  names,
}: {
  results: Results;
  blueprint: Blueprint;
  names: Names;
}) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  return (
    <ResultsSection heading={t('results.classes.heading')} caption={per}>
      <div className="results-table-scroll">
        <table className="results-table">
          <thead>
            <tr>
              <th scope="col">{t('results.classes.class')}</th>
              <th scope="col">{t('results.classes.arrived')}</th>
              <th scope="col">{t('results.classes.served')}</th>
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
                <td>{format.value(result.served.mean, 'count')}</td>
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

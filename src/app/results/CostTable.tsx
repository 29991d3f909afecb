/**
 * Who the cost was for, in the results dock: a figure per row (the cost, per transaction,
 * the units in use and the idle share, each outcome per visit, those who gave up,
 * background work), a column per class and one for all customers, each figure with its
 * 95 % interval. Shown only when the blueprint's pools have prices (costTable.ts).
 */
import { useTranslation } from 'react-i18next';
import type { Estimate } from '../../sim/index.ts';
import { type CostRow, costTable } from './costTable.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultsFormat } from './useResultsFormat.ts';
import type { ResultsViewProps } from './viewProps.ts';

export function CostTable({ results, blueprint, names }: ResultsViewProps) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const table = costTable(results, blueprint);
  if (!table) return null;
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  const label = (row: CostRow): string => {
    const c = 'results.costs';
    if (row.outcome) return t(`${c}.outcomePerVisit`, { outcome: t(`outcome.${row.outcome}`) });
    if (row.id === 'total' || row.id === 'abandoned' || row.id === 'background')
      return t(`${c}.${row.id}`, { per });
    return t(`${c}.${row.id as 'perServed' | 'busy' | 'idle' | 'abandonedPerVisit'}`);
  };
  const cell = (estimate: Estimate | undefined, row: CostRow) => {
    const interval = estimate?.ci95;
    return (
      <>
        {format.amount(estimate?.mean, row.unit)}
        {interval && (
          <span className="results-table__ci">
            {t('results.classes.interval', format.bounds(interval, row.unit, estimate?.mean))}
          </span>
        )}
      </>
    );
  };
  return (
    <ResultsSection
      heading={t('results.costs.heading')}
      caption={t('results.costs.caption', { per })}
    >
      <div className="results-table-scroll">
        <table className="results-table results-costs" data-testid="results-costs">
          <thead>
            <tr>
              <th scope="col">{t('results.costs.figure')}</th>
              {table.columns.map(({ classId }) => (
                <th scope="col" key={classId ?? ''} data-class-id={classId ?? 'all'}>
                  {classId === null
                    ? t('results.costs.all')
                    : (names.customerClass(classId) ?? t('results.classes.defaultClass'))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{label(row)}</th>
                {row.cells.map((estimate, index) => (
                  <td key={index}>{cell(estimate, row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ResultsSection>
  );
}

/**
 * Steps done as one batch a day (`batch`) in the results, in place of a wait point: the
 * items left on the pile, the pool's hours of work on them, when the day's pile was done
 * and the pool's overtime. A row selects the step. Absent without one.
 */
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { batchRows } from './batchRows.ts';
import { FactRow } from './FactRow.tsx';
import { clockTime } from './format.ts';
import type { Names } from './names.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { useResultsFormat } from './useResultsFormat.ts';

export function Batches({
  results,
  blueprint,
  names,
  onSelectStep,
}: {
  results: Results;
  blueprint: Blueprint;
  names: Names;
  onSelectStep: (stepId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const rows = batchRows(results, blueprint);
  if (rows.length === 0) return null;
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  const b = 'results.batches';
  return (
    <ResultsSection heading={t(`${b}.heading`)} caption={t(`${b}.caption`, { per })}>
      <ul className="results-ranked" data-testid="results-batches">
        {rows.map((row) => {
          const value = t(`${b}.items`, { count: format.value(row.items.mean, 'count') });
          const done = row.doneAt
            ? t(`${b}.doneAt`, {
                time: clockTime(row.doneAt.mean),
                range: row.doneAt.ci95
                  ? `${clockTime(row.doneAt.ci95[0])}–${clockTime(row.doneAt.ci95[1])}`
                  : '–',
              })
            : null;
          // A steady run has no closing, so no overtime; none in a day is said in words.
          const overtime =
            row.poolOvertimeHours && row.poolId && results.run.mode === 'day'
              ? row.poolOvertimeHours.mean > 0
                ? t(`${b}.overtime`, {
                    pool: names.pool(row.poolId),
                    value: format.value(row.poolOvertimeHours.mean, 'unitHours'),
                  })
                : t(`${b}.noOvertime`, { pool: names.pool(row.poolId) })
              : null;
          return (
            <FactRow
              key={row.stepId}
              stepId={row.stepId}
              stepName={names.step(row.stepId)}
              name={names.step(row.stepId)}
              value={value}
              details={[
                t(`${b}.work`, { value: format.value(row.workHours.mean, 'unitHours') }),
                done,
                overtime,
              ]}
              data={{ 'data-step-id': row.stepId }}
              onSelectStep={onSelectStep}
            />
          );
        })}
      </ul>
    </ResultsSection>
  );
}

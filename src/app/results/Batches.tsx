/**
 * Steps done as one batch a day (`batch`) in the results, in place of a wait point: the
 * items left on the pile, the pool's hours of work on them, when the day's pile was done
 * and the pool's overtime. A row selects the step. Absent without one.
 */
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import { type BatchRow, batchRows } from './batchRows.ts';
import { stepFact } from './FactRow.tsx';
import { FactSection } from './FactSection.tsx';
import { clockTime } from './format.ts';
import type { Names } from './names.ts';
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
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  const b = 'results.batches';
  const done = ({ doneAt }: BatchRow): string | null =>
    doneAt
      ? t(`${b}.doneAt`, {
          time: clockTime(doneAt.mean),
          range: doneAt.ci95 ? `${clockTime(doneAt.ci95[0])}–${clockTime(doneAt.ci95[1])}` : '–',
        })
      : null;
  // A steady run has no closing, so no overtime; none in a day is said in words.
  const overtime = ({ poolOvertimeHours, poolId }: BatchRow): string | null => {
    if (!poolOvertimeHours || !poolId || results.run.mode !== 'day') return null;
    const pool = names.pool(poolId);
    return poolOvertimeHours.mean > 0
      ? t(`${b}.overtime`, { pool, value: format.value(poolOvertimeHours.mean, 'unitHours') })
      : t(`${b}.noOvertime`, { pool });
  };
  return (
    <FactSection
      heading={t(`${b}.heading`)}
      caption={t(`${b}.caption`, { per })}
      testId="results-batches"
      items={batchRows(results, blueprint)}
      cells={(row) => ({
        ...stepFact(row.stepId, names.step(row.stepId)),
        value: t(`${b}.items`, { count: format.value(row.items.mean, 'count') }),
        details: [
          t(`${b}.work`, { value: format.value(row.workHours.mean, 'unitHours') }),
          done(row),
          overtime(row),
        ],
      })}
      onSelectStep={onSelectStep}
    />
  );
}

/**
 * The lobby manager's rule in the results: for each flow taken by a queue's length
 * (`results.diversions`), how many it sent on and what share of those it read the line
 * for. A row selects the step where the rule is applied. Absent without such a flow.
 */
import { useTranslation } from 'react-i18next';
import type { Results } from '../../sim/index.ts';
import { FactSection } from './FactSection.tsx';
import type { Names } from './names.ts';
import { useResultsFormat } from './useResultsFormat.ts';

export function Diversions({
  results,
  names,
  onSelectStep,
}: {
  results: Results;
  names: Names;
  onSelectStep: (stepId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  const d = 'results.diversions';
  return (
    <FactSection
      heading={t(`${d}.heading`)}
      caption={t(`${d}.caption`)}
      testId="results-diversions"
      listClass="results-ranked--diversions"
      items={Object.entries(results.diversions ?? {})}
      cells={([flowId, diversion]) => ({
        stepId: diversion.from,
        stepName: names.step(diversion.from),
        name: t(`${d}.route`, { from: names.step(diversion.from), to: names.step(diversion.to) }),
        value: t(`${d}.sent`, { count: format.value(diversion.taken.mean, 'count'), per }),
        details: [
          t(`${d}.rule`, { step: names.step(diversion.queueAt), count: diversion.atLeast }),
          t(`${d}.share`, { value: format.value(diversion.share.mean, 'share') }),
          format.ci(diversion.taken.ci95, 'count'),
        ],
        data: { 'data-flow-id': flowId },
      })}
      onSelectStep={onSelectStep}
    />
  );
}

/**
 * The lobby manager's rule in the results: for each flow taken by a queue's length
 * (`results.diversions`), how many it sent on and what share of those it read the line
 * for. A row selects the step where the rule is applied. Absent without such a flow.
 */
import { useTranslation } from 'react-i18next';
import type { Results } from '../../sim/index.ts';
import { FactRow } from './FactRow.tsx';
import { ResultsSection } from './ResultsSection.tsx';
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
  const diversions = Object.entries(results.diversions ?? {});
  if (diversions.length === 0) return null;
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  return (
    <ResultsSection
      heading={t('results.diversions.heading')}
      caption={t('results.diversions.caption')}
    >
      <ul className="results-ranked results-ranked--diversions" data-testid="results-diversions">
        {diversions.map(([flowId, d]) => {
          const name = t('results.diversions.route', {
            from: names.step(d.from),
            to: names.step(d.to),
          });
          const value = t('results.diversions.sent', {
            count: format.value(d.taken.mean, 'count'),
            per,
          });
          return (
            <FactRow
              key={flowId}
              stepId={d.from}
              stepName={names.step(d.from)}
              name={name}
              value={value}
              details={[
                t('results.diversions.rule', { step: names.step(d.queueAt), count: d.atLeast }),
                t('results.diversions.share', { value: format.value(d.share.mean, 'share') }),
                format.ci(d.taken.ci95, 'count'),
              ]}
              data={{ 'data-flow-id': flowId }}
              onSelectStep={onSelectStep}
            />
          );
        })}
      </ul>
    </ResultsSection>
  );
}

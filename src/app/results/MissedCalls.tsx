/**
 * Missed tickets (过号) in the results: for each step with a `missedCall`, the calls that
 * found nobody, their share of the calls from the queue, those who came back and those
 * lost, and the units' time spent calling, each interval by its figure. A row selects the step. Absent without one.
 */
import { useTranslation } from 'react-i18next';
import type { Estimate, Results } from '../../sim/index.ts';
import { stepFact } from './FactRow.tsx';
import { FactSection } from './FactSection.tsx';
import type { Names } from './names.ts';
import { useResultsFormat } from './useResultsFormat.ts';

export function MissedCalls({
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
  const steps = Object.entries(results.steps).flatMap(([stepId, step]) =>
    step.missedCalls ? [{ stepId, missed: step.missedCalls }] : [],
  );
  const per = results.run.mode === 'day' ? t('results.perDay') : t('results.perRun');
  const m = 'results.missedCalls';
  const callTime = ({ mean, ci95 }: Estimate): string => {
    const value = format.value(mean, 'minutes');
    const ci = format.ci(ci95, 'minutes');
    return ci ? t(`${m}.callTimeCi`, { value, ci }) : t(`${m}.callTime`, { value });
  };
  return (
    <FactSection
      heading={t(`${m}.heading`)}
      caption={t(`${m}.caption`, { per })}
      testId="results-missed-calls"
      items={steps}
      cells={({ stepId, missed }) => ({
        ...stepFact(stepId, names.step(stepId)),
        value: t(`${m}.missed`, { count: format.value(missed.missed.mean, 'count') }),
        // Each interval beside its own figure: the count's first, right after the count.
        details: [
          format.ci(missed.missed.ci95, 'count'),
          t(`${m}.share`, { value: format.value(missed.share, 'share') }),
          t(`${m}.recalled`, { count: format.value(missed.recalled.mean, 'count') }),
          t(`${m}.lost`, { count: format.value(missed.lost.mean, 'count') }),
          callTime(missed.callMinutes),
        ],
      })}
      onSelectStep={onSelectStep}
    />
  );
}

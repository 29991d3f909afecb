/**
 * The run's warnings (an overloaded pool, a loop, customers left inside at closing) in
 * the UI language, with the pool's name; a sentence not recognised is shown as the
 * engine wrote it, marked as English so a screen reader reads it right.
 */
import { useTranslation } from 'react-i18next';
import type { Names } from './names.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { readWarning, type RunWarning } from './runWarnings.ts';
import { useResultsFormat } from './useResultsFormat.ts';

const OVERLOAD_KEYS = {
  day: 'overloadDay',
  givingUp: 'overloadGivingUp',
  unstable: 'overloadUnstable',
} as const;

export function RunWarnings({ warnings, names }: { warnings: readonly string[]; names: Names }) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  if (warnings.length === 0) return null;

  function text(warning: Exclude<RunWarning, { kind: 'other' }>): string {
    switch (warning.kind) {
      case 'overload':
        return t(`results.warnings.${OVERLOAD_KEYS[warning.context]}`, {
          pool: names.pool(warning.poolId),
          busy:
            warning.busy === null
              ? t('results.warnings.overFull')
              : format.value(warning.busy, 'share'),
          load: format.value(warning.load, 'count'),
          capacity: format.value(warning.capacity, 'count'),
        });
      case 'loop':
        return t('results.warnings.loop', { count: warning.count, steps: warning.steps });
      case 'leftInside':
        return t('results.warnings.leftInside', { count: warning.count });
    }
  }

  return (
    <ResultsSection heading={t('results.warnings.heading')}>
      <ul className="results-warnings">
        {warnings.map((sentence, index) => {
          const warning = readWarning(sentence);
          return warning.kind === 'other' ? (
            <li key={index} className="results-warning" lang="en">
              {sentence}
            </li>
          ) : (
            <li key={index} className="results-warning" data-warning={warning.kind}>
              {text(warning)}
            </li>
          );
        })}
      </ul>
    </ResultsSection>
  );
}

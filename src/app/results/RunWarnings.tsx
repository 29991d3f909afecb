/**
 * The run's warnings (an overloaded pool, a loop, customers left inside at closing, a
 * steady run without warm-up) in the UI language, with the pool's name; a sentence from
 * results saved by an older version is shown as it was written, marked as English so a
 * screen reader reads it right.
 */
import { useTranslation } from 'react-i18next';
import type { Names } from './names.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { type StoredWarning, warningSentence } from './runWarnings.ts';
import { useResultsFormat } from './useResultsFormat.ts';

export function RunWarnings({
  warnings,
  names,
}: {
  warnings: readonly StoredWarning[];
  names: Names;
}) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  if (warnings.length === 0) return null;
  return (
    <ResultsSection heading={t('results.warnings.heading')}>
      <ul className="results-warnings">
        {warnings.map((warning, index) => {
          const { text, language } = warningSentence(warning, names, format);
          return (
            <li
              key={index}
              className="results-warning"
              lang={language === format.language ? undefined : language}
              data-warning={typeof warning === 'string' ? undefined : warning.code}
            >
              {text}
            </li>
          );
        })}
      </ul>
    </ResultsSection>
  );
}

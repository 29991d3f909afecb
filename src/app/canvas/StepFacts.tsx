/** The small line under a step's label: mean duration and the pool it needs. */
import { useTranslation } from 'react-i18next';
import type { Text } from '../../model/index.ts';
import { useLocalizedText, useUiLanguage } from '../i18n/useLocalizedText.ts';
import { readableDuration } from '../diagram/duration.ts';

export function StepFacts({ meanMinutes, poolLabel }: { meanMinutes?: number; poolLabel?: Text }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const language = useUiLanguage();
  if (meanMinutes === undefined && poolLabel === undefined) return null;

  let duration: string | undefined;
  if (meanMinutes !== undefined) {
    const { value, unit } = readableDuration(meanMinutes);
    // Short steps keep their second digit: 0.15 min is not 0.2 min.
    const digits = value < 1 ? 2 : 1;
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
    duration = t('step.meanDuration', { duration: t(`units.${unit}`, { value: number }) });
  }
  const pool = poolLabel === undefined ? undefined : text(poolLabel);

  return (
    <p className="step__facts">
      {duration && <span className="step__duration">{duration}</span>}
      {duration && pool && <span aria-hidden="true"> · </span>}
      {pool && <span className="step__pool">{pool}</span>}
    </p>
  );
}

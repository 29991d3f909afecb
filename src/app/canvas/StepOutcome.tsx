/**
 * The outcome of an exit as a small badge on the step's top left ("Rejected"), coloured
 * by outcome so that a way out that is not a completed service stands out on the canvas.
 * The exit's own name ("not eligible") is in the tooltip and the accessible name.
 */
import { useTranslation } from 'react-i18next';
import type { ExitOutcome, Text } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';

export function StepOutcome({ outcome, label }: { outcome?: ExitOutcome; label?: Text }) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  if (outcome === undefined) return null;
  const word = t(`outcome.${outcome}`);
  const name = label === undefined ? '' : text(label);
  const described = name
    ? t('step.exitOutcomeNamed', { outcome: word, name })
    : t('step.exitOutcome', { outcome: word });
  return (
    <span
      className={`step-outcome step-outcome--${outcome}`}
      data-outcome={outcome}
      role="img"
      aria-label={described}
      title={described}
    >
      {word}
    </span>
  );
}

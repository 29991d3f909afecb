/** The words of an exported drawing, from the app's translations in one language. */
import type { TFunction } from 'i18next';
import { LANE_IDS, LINE_IDS, type Blueprint } from '../../model/index.ts';
import { readableDuration } from '../diagram/duration.ts';
import { blueprintSize } from '../i18n/blueprintSize.ts';
import type { DiagramWords } from '../diagram/words.ts';

const KINDS = ['action', 'decision', 'evidence', 'note'] as const;
const OUTCOMES = ['completed', 'rejected', 'withdrawn', 'complaint', 'referred'] as const;

export function diagramWords(t: TFunction, language: string, blueprint: Blueprint): DiagramWords {
  const number = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: value < 1 ? 2 : 1 }).format(value);
  const size = blueprintSize(t, blueprint);
  return {
    language,
    subtitle: [t('files.export.kind'), size, blueprint.author].filter(Boolean).join(' · '),
    lanes: Object.fromEntries(
      LANE_IDS.map((id) => [id, t(`lanes.${id}`)]),
    ) as DiagramWords['lanes'],
    lines: Object.fromEntries(
      LINE_IDS.map((id) => [id, t(`lines.${id}`)]),
    ) as DiagramWords['lines'],
    kinds: Object.fromEntries(
      KINDS.map((kind) => [kind, t(`step.kind.${kind}`)]),
    ) as DiagramWords['kinds'],
    outcomes: Object.fromEntries(
      OUTCOMES.map((outcome) => [outcome, t(`outcome.${outcome}`)]),
    ) as DiagramWords['outcomes'],
    failPoint: t('step.failPoint'),
    waitPoint: t('step.waitPoint'),
    failMark: t('step.failMark'),
    waitMark: t('step.waitMark'),
    queueAtLeast: (count) => t('flow.queueAtLeast', { count: number(count) }),
    meanDuration: (minutes) => {
      const { value, unit } = readableDuration(minutes);
      return t('step.meanDuration', { duration: t(`units.${unit}`, { value: number(value) }) });
    },
    legend: {
      heading: t('files.export.legend'),
      processFlow: t('files.export.processFlow'),
      backgroundFlow: t('files.export.backgroundFlow'),
      drawingFlow: t('files.export.drawingFlow'),
      failingFlow: t('files.export.failingFlow'),
    },
  };
}

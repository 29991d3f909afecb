/**
 * The last run's waits for the exported drawing, when the canvas shows them (heat on) and
 * the run is of the blueprint as it stands: a picture never shows stale or what-if
 * numbers as if they were the drawn design's.
 */
import type { TFunction } from 'i18next';
import { ownValue, type Blueprint } from '../../model/index.ts';
import type { DiagramHeat } from '../diagram/words.ts';
import { measuredMarks } from '../results/marks.ts';
import { isStale, type RunRecord } from '../simulation/runStore.ts';

export function runHeat(
  record: RunRecord | null,
  blueprint: Blueprint,
  t: TFunction,
  language: string,
): DiagramHeat | undefined {
  if (!record || record.variant !== '' || isStale(record, blueprint)) return undefined;
  const marks = measuredMarks(record.results, record.blueprint);
  const waitByStep = new Map<string, number>();
  for (const step of blueprint.steps) {
    const wait = ownValue(marks, step.id)?.waitMinutes;
    if (wait !== null && wait !== undefined && Number.isFinite(wait)) waitByStep.set(step.id, wait);
  }
  if (waitByStep.size === 0) return undefined;
  return {
    waitByStep,
    title: t('files.export.heatTitle'),
    formatWait: (minutes) =>
      t('units.minutes', {
        value: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(minutes),
      }),
  };
}

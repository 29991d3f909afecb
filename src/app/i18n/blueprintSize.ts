/** "12 steps · 16 flows · 4 phases", each count with its own plural ("1 step"). */
import type { TFunction } from 'i18next';
import type { Blueprint } from '../../model/index.ts';

export function blueprintSize(t: TFunction, blueprint: Blueprint): string {
  return [
    t('details.stepCount', { count: blueprint.steps.length }),
    t('details.flowCount', { count: blueprint.flows.length }),
    t('details.phaseCount', { count: blueprint.phases?.length ?? 0 }),
  ].join(' · ');
}

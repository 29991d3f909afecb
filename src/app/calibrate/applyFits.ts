/**
 * Apply: the kept fits written into the open blueprint as one edit, so one undo restores
 * everything (the blueprint's values and its `calibration` provenance together).
 */
import { type CalibrationFits, applyCalibration } from '../../calibrate/index.ts';
import type { LogSummary } from '../../calibrate/logs/index.ts';
import type { Blueprint } from '../../model/index.ts';
import type { BlueprintState } from '../store/blueprintStore.ts';
import { keptFits } from './selection.ts';

/** Makes `draft` (an immer draft) equal to `next`, key by key. */
export function replaceBlueprint(draft: Blueprint, next: Blueprint): void {
  const target = draft as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!(key in next)) Reflect.deleteProperty(target, key);
  Object.assign(target, next);
}

export function applyFits(
  state: Pick<BlueprintState, 'edit'>,
  fits: CalibrationFits,
  left: ReadonlySet<string>,
  source: { log: string; summary: LogSummary },
): boolean {
  const applied = state.edit((draft) => {
    const next = applyCalibration(draft, keptFits(fits, left), source);
    replaceBlueprint(draft, next);
    return true;
  });
  return applied === true;
}

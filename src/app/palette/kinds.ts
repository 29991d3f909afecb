/** Which step kind a palette chip carries, as dnd-kit ids and data. */
import type { Active } from '@dnd-kit/core';
import { STEP_KINDS, type StepKind } from '../../model/index.ts';

/** The one drop target: the canvas. */
export const CANVAS_DROP_ID = 'blueprint-canvas';

export interface PaletteDragData {
  kind: StepKind;
}

export const chipId = (kind: StepKind): string => `palette-${kind}`;

export function kindOf(active: Pick<Active, 'data'>): StepKind | undefined {
  const kind = (active.data.current as Partial<PaletteDragData> | undefined)?.kind;
  return kind !== undefined && STEP_KINDS.includes(kind) ? kind : undefined;
}

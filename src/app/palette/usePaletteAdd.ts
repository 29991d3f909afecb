/**
 * Adding a step from the palette: at a point on the screen (a drop) or next to the
 * selection (a click). Reads the store when the user acts rather than subscribing, so
 * the palette does not re-render on every edit. Each add is one undo step and selects
 * the new step, ready for the inspector.
 */
import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import type { StepKind } from '../../model/index.ts';
import { layoutBlueprint } from '../canvas/layout.ts';
import { addStep } from '../editor/commands/steps.ts';
import type { StepPlace } from '../diagram/types.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { clickAddPlace, dropPlace, type Point } from './placement.ts';

function addAndSelect(kind: StepKind, place: StepPlace): void {
  const { edit, select } = useBlueprintStore.getState();
  const id = edit((draft) => addStep(draft, kind, place));
  if (id !== undefined) select({ steps: [id], flows: [] });
}

export function usePaletteAdd() {
  const { screenToFlowPosition } = useReactFlow();
  return useMemo(
    () => ({
      addAtScreenPoint(kind: StepKind, screenPoint: Point): void {
        const blueprint = useBlueprintStore.getState().document?.blueprint;
        if (!blueprint) return;
        const { lanes } = layoutBlueprint(blueprint);
        addAndSelect(kind, dropPlace(blueprint, lanes, screenToFlowPosition(screenPoint)));
      },
      addNextToSelection(kind: StepKind): void {
        const { document, selection } = useBlueprintStore.getState();
        if (!document?.blueprint) return;
        addAndSelect(kind, clickAddPlace(document.blueprint, selection.steps[0]));
      },
    }),
    [screenToFlowPosition],
  );
}

/**
 * Adding a step from the palette: at a point on the screen (a drop) or next to the
 * selection (a click). Reads the store when the user acts rather than subscribing, so
 * the palette does not re-render on every edit. Each add is one undo step and selects
 * the new step, ready for the inspector, and moves the view as little as needed to show
 * it: a third click on "Action" put the step past the pane's right edge, selected but
 * out of sight, and a drop near the right edge that the steps already there pushed
 * further right ended half past it (a new blueprint beside both panels at 1440×900).
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { StepKind } from '../../model/index.ts';
import { layoutBlueprint } from '../canvas/layout.ts';
import { keepInView } from '../canvas/panelRoom.ts';
import { DROP_MARGIN_ON_SCREEN, viewSpan } from '../diagram/inView.ts';
import { layoutDiagram } from '../diagram/layout.ts';
import { addStep } from '../editor/commands/steps.ts';
import type { StepPlace } from '../diagram/types.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { clickAddPlace, dropPlace, type Point } from './placement.ts';

function addAndSelect(kind: StepKind, place: StepPlace): string | undefined {
  const { edit, select } = useBlueprintStore.getState();
  const id = edit((draft) => addStep(draft, kind, place));
  if (id !== undefined) select({ steps: [id], flows: [] });
  return id;
}

export function usePaletteAdd() {
  const { screenToFlowPosition, getViewport, setViewport } = useReactFlow();
  const flowStore = useStoreApi();
  return useMemo(() => {
    const bringIntoView = (id: string | undefined, margin?: number): void => {
      const blueprint = useBlueprintStore.getState().document?.blueprint;
      const { width, height } = flowStore.getState();
      if (id === undefined || !blueprint || width === 0 || height === 0) return;
      const placed = layoutDiagram(blueprint).steps.find(({ step }) => step.id === id);
      if (!placed) return;
      const view = getViewport();
      const moved = keepInView(view, placed.rect, { width, height }, margin);
      if (moved.x !== view.x || moved.y !== view.y) void setViewport(moved);
    };
    return {
      addAtScreenPoint(kind: StepKind, screenPoint: Point): void {
        const blueprint = useBlueprintStore.getState().document?.blueprint;
        if (!blueprint) return;
        const { lanes } = layoutBlueprint(blueprint);
        const { transform, width } = flowStore.getState();
        const view = width > 0 ? viewSpan(transform[0], transform[2], width) : undefined;
        const place = dropPlace(blueprint, lanes, screenToFlowPosition(screenPoint), view);
        // The drop margin: a step let go inside the pane stays put.
        bringIntoView(addAndSelect(kind, place), DROP_MARGIN_ON_SCREEN);
      },
      addNextToSelection(kind: StepKind): void {
        const { document, selection } = useBlueprintStore.getState();
        if (!document?.blueprint) return;
        bringIntoView(addAndSelect(kind, clickAddPlace(document.blueprint, selection.steps[0])));
      },
    };
  }, [flowStore, getViewport, screenToFlowPosition, setViewport]);
}

/**
 * The right-hand column: the properties of what is selected. One step, one flow, several
 * steps, or, with nothing selected, the blueprint itself. Each panel is keyed by what it
 * shows so that half-typed text never leaks from one step to another. Its fields group
 * their commits into undo steps through the store (fieldEditGroups.ts).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/inspector.css';
import { useInspectorOpen, useLayoutPreferences } from '../header/layoutPreferences.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { BlueprintPanel } from './BlueprintPanel.tsx';
import { FieldEditGroupsContext, type FieldEditGroups } from './fieldEditGroups.ts';
import { FlowPanel } from './FlowPanel.tsx';
import { MultiStepPanel } from './MultiStepPanel.tsx';
import { panelKeyFor, type ShownPanel } from './panelKey.ts';
import { StepPanel } from './StepPanel.tsx';

export function Inspector() {
  const { t } = useTranslation();
  const open = useInspectorOpen();
  const toggle = useLayoutPreferences((state) => state.toggleInspector);
  useRevealForSelection();
  // Folded, the column is a narrow rail with the button that brings it back: the canvas
  // and the results get the width, and the way back stays where the inspector was.
  if (!open)
    return (
      <aside className="inspector inspector--folded" aria-label={t('inspector.heading')}>
        <button
          type="button"
          className="inspector__fold"
          aria-expanded={false}
          title={t('inspector.show')}
          onClick={toggle}
        >
          <span aria-hidden="true">⇤ </span>
          <span className="inspector__fold-label">{t('inspector.heading')}</span>
        </button>
      </aside>
    );
  return (
    <aside className="inspector" aria-label={t('inspector.heading')}>
      <div className="inspector__heading">
        <h2 className="inspector__title">{t('inspector.heading')}</h2>
        <button
          type="button"
          className="inspector__fold"
          aria-expanded={true}
          aria-label={t('inspector.hide')}
          title={t('inspector.hide')}
          onClick={toggle}
        >
          <span aria-hidden="true">⇥</span>
        </button>
      </div>
      <FieldEditGroupsContext value={STORE_EDIT_GROUPS}>
        <InspectorContent />
      </FieldEditGroupsContext>
    </aside>
  );
}

/**
 * Selecting brings back an inspector folded to make room for the view (never one the user
 * folded): what was selected is to be inspected. The canvas keeps the selection in view
 * as the pane narrows (useStartView).
 */
function useRevealForSelection(): void {
  const selection = useBlueprintStore((state) => state.selection);
  // On a new selection only: "Show the whole blueprint" may fold the inspector while a
  // step stays selected, and that fold stands.
  useEffect(() => {
    if (selection.steps.length > 0 || selection.flows.length > 0)
      useLayoutPreferences.getState().revealInspector();
  }, [selection]);
}

const STORE_EDIT_GROUPS: FieldEditGroups = {
  inGroup: (group, run) => useBlueprintStore.getState().editInGroup(group, run),
  revert: (group) => useBlueprintStore.getState().revertGroup(group),
};

function InspectorContent() {
  const { t } = useTranslation();
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const selection = useBlueprintStore((state) => state.selection);
  const documentSerial = useBlueprintStore((state) => state.documentSerial);
  const stepPanelKey = useStepPanelKey(
    selection.steps.length === 1 ? selection.steps[0] : undefined,
    blueprint?.steps.map((step) => step.id),
    documentSerial,
  );
  if (!blueprint) return <p className="inspector-note">{t('inspector.nothingOpen')}</p>;
  const { steps, flows } = selection;
  if (steps.length === 1 && flows.length === 0) {
    const step = blueprint.steps.find((s) => s.id === steps[0]);
    if (step) return <StepPanel key={stepPanelKey} step={step} />;
  }
  if (steps.length > 1) return <MultiStepPanel ids={steps} />;
  if (flows.length === 1 && steps.length === 0) {
    const flow = blueprint.flows.find((f) => f.id === flows[0]);
    if (flow) return <FlowPanel key={`${documentSerial}:${flow.id}`} flow={flow} />;
  }
  return <BlueprintPanel key={documentSerial} />;
}

/** The step panel's key, which survives a rename of its step (panelKey.ts says why). */
function useStepPanelKey(
  id: string | undefined,
  ids: readonly string[] | undefined,
  documentSerial: number,
): string {
  const [shown, setShown] = useState<ShownPanel>();
  if (id === undefined || ids === undefined) return '';
  const key = panelKeyFor(shown, id, ids, documentSerial);
  const changed =
    shown?.id !== id ||
    shown.key !== key ||
    shown.documentSerial !== documentSerial ||
    shown.ids.join() !== ids.join();
  if (changed) setShown({ id, key, ids, documentSerial });
  return key;
}

/**
 * The right-hand column: the properties of what is selected. One step, one flow, several
 * steps, or, with nothing selected, the blueprint itself. Each panel is keyed by what it
 * shows so that half-typed text never leaks from one step to another.
 */
import { useTranslation } from 'react-i18next';
import '../styles/inspector.css';
import { useBlueprintStore } from '../store/appStore.ts';
import { BlueprintPanel } from './BlueprintPanel.tsx';
import { FlowPanel } from './FlowPanel.tsx';
import { MultiStepPanel } from './MultiStepPanel.tsx';
import { StepPanel } from './StepPanel.tsx';

export function Inspector() {
  const { t } = useTranslation();
  return (
    <aside className="inspector" aria-label={t('inspector.heading')}>
      <h2 className="inspector__heading">{t('inspector.heading')}</h2>
      <InspectorContent />
    </aside>
  );
}

function InspectorContent() {
  const { t } = useTranslation();
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const selection = useBlueprintStore((state) => state.selection);
  const documentSerial = useBlueprintStore((state) => state.documentSerial);
  if (!blueprint) return <p className="inspector-note">{t('inspector.nothingOpen')}</p>;
  const { steps, flows } = selection;
  if (steps.length === 1 && flows.length === 0) {
    const step = blueprint.steps.find((s) => s.id === steps[0]);
    if (step) return <StepPanel key={`${documentSerial}:${step.id}`} step={step} />;
  }
  if (steps.length > 1) return <MultiStepPanel ids={steps} />;
  if (flows.length === 1 && steps.length === 0) {
    const flow = blueprint.flows.find((f) => f.id === flows[0]);
    if (flow) return <FlowPanel key={`${documentSerial}:${flow.id}`} flow={flow} />;
  }
  return <BlueprintPanel key={documentSerial} />;
}

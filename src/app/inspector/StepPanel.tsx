/**
 * The inspector for one step: what it is, where it sits, its marks, duration, pool, missed
 * tickets, a day's batch and failure.
 */
import { useTranslation } from 'react-i18next';
import {
  isValidId,
  LANE_IDS,
  OUTCOMES,
  STEP_KINDS,
  type ExitOutcome,
  type LaneId,
  type Step,
  type StepKind,
} from '../../model/index.ts';
import { movesIntoPhase } from '../diagram/phaseMove.ts';
import {
  DEFAULT_LABELS,
  moveSteps,
  renameStep,
  toggleMark,
  updateStep,
} from '../editor/commands/steps.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { BatchEditor } from './BatchEditor.tsx';
import { ClassServiceEditor } from './ClassServiceEditor.tsx';
import { DurationEditor } from './DurationEditor.tsx';
import { CheckboxField, Section, SelectField, TextField } from './fields.tsx';
import { LocalizedTextFields } from './LocalizedTextFields.tsx';
import { MissedCallEditor } from './MissedCallEditor.tsx';
import { StepFailure, StepResource } from './StepResourceFailure.tsx';
import { StepFindings } from './StepFindings.tsx';
import { useBlueprint, useEdit } from './useInspector.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';

export function StepPanel({ step }: { step: Step }) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const patch = (changes: Partial<Omit<Step, 'id'>>) =>
    edit((draft) => updateStep(draft, step.id, changes));
  const phases = blueprint.phases ?? [];
  // A phase named in one language only still shows its name in the other.
  const localized = useLocalizedText();

  const rename = (value: string): string | undefined => {
    const id = value.trim();
    if (!isValidId(id)) return t('inspector.problem.idInvalid');
    if (blueprint.steps.some((other) => other.id === id)) return t('inspector.problem.idTaken');
    edit((draft) => void renameStep(draft, step.id, id));
    // The selection names the step by id: follow the rename.
    useBlueprintStore.getState().select({ steps: [id], flows: [] });
    return undefined;
  };

  return (
    <div className="inspector-panel" data-panel="step">
      <Section title={t('inspector.step.heading')}>
        <LocalizedTextFields
          label={t('inspector.step.label')}
          text={step.label}
          required
          placeholders={DEFAULT_LABELS[step.kind]}
          onChange={(label) => patch({ label: label! })}
        />
        <LocalizedTextFields
          label={t('inspector.step.description')}
          text={step.description}
          multiline
          onChange={(description) => patch({ description })}
        />
        <SelectField<StepKind>
          label={t('inspector.step.kind')}
          value={step.kind}
          options={STEP_KINDS.map((kind) => ({ value: kind, label: t(`step.kind.${kind}`) }))}
          onChange={(kind) => patch({ kind })}
        />
        <SelectField<LaneId>
          label={t('inspector.step.lane')}
          value={step.lane}
          options={LANE_IDS.map((lane) => ({ value: lane, label: t(`lanes.${lane}`) }))}
          onChange={(lane) => patch({ lane })}
        />
        <SelectField
          label={t('inspector.step.phase')}
          value={step.phase ?? ''}
          options={[
            { value: '', label: t('inspector.none') },
            ...phases.map((phase) => ({
              value: phase.id,
              label: localized(phase.label) || phase.id,
            })),
          ]}
          onChange={(phase) =>
            phase === ''
              ? patch({ phase: undefined })
              : // The step moves into the phase's column, as a drag there would.
                edit((draft) => moveSteps(draft, movesIntoPhase(blueprint, step.id, phase)))
          }
        />
        <TextField
          label={t('inspector.step.id')}
          value={step.id}
          onCommit={rename}
          name="step-id"
          commitOnBlurOnly
        />
        <CheckboxField
          label={t('inspector.step.exit')}
          checked={step.exit !== undefined}
          onChange={(exit) => patch({ exit: exit ? { outcome: 'completed' } : undefined })}
        />
        {step.exit && <ExitFields exit={step.exit} patch={patch} />}
      </Section>
      <Section title={t('inspector.step.marks')}>
        <MarkFields step={step} mark="failPoint" />
        <MarkFields step={step} mark="waitPoint" />
      </Section>
      <StepFindings stepId={step.id} />
      <DurationEditor step={step} />
      <StepResource step={step} />
      <MissedCallEditor step={step} />
      <BatchEditor step={step} />
      <StepFailure step={step} />
      <ClassServiceEditor step={step} />
    </div>
  );
}

/** How visits that end at this exit ended: the outcome, and a name of the designer's. */
function ExitFields({
  exit,
  patch,
}: {
  exit: NonNullable<Step['exit']>;
  patch: (changes: Partial<Omit<Step, 'id'>>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField<ExitOutcome>
        label={t('inspector.step.outcome')}
        value={exit.outcome}
        options={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`outcome.${outcome}`) }))}
        onChange={(outcome) => patch({ exit: { ...exit, outcome } })}
      />
      <LocalizedTextFields
        label={t('inspector.step.outcomeLabel')}
        text={exit.label}
        onChange={(label) => {
          const next = { ...exit, label };
          if (label === undefined) delete next.label;
          patch({ exit: next });
        }}
      />
    </>
  );
}

/** The designer's F or W mark: on or off, and why (in English and Chinese). */
function MarkFields({ step, mark }: { step: Step; mark: 'failPoint' | 'waitPoint' }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const current = step[mark];
  return (
    <div className="inspector-mark">
      <CheckboxField
        label={t(`inspector.step.${mark}`)}
        checked={current !== undefined}
        onChange={() => edit((draft) => toggleMark(draft, step.id, mark))}
      />
      {current !== undefined && (
        <LocalizedTextFields
          label={t('inspector.step.markNote')}
          text={current.note}
          multiline
          onChange={(note) =>
            edit((draft) =>
              updateStep(draft, step.id, { [mark]: note === undefined ? {} : { note } }),
            )
          }
        />
      )}
    </div>
  );
}

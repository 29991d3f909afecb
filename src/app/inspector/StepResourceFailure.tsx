/**
 * A step's resource pool (which, how many units, booked or walk-in, held until which step,
 * the same unit as which) and its failure.
 */
import { useTranslation } from 'react-i18next';
import type { Step } from '../../model/index.ts';
import { updateStep } from '../editor/commands/steps.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { CheckboxField, Section, SelectField, TextField } from './fields.tsx';
import { formatNumber, formatPercent, parseNumber, parsePercent } from './numbers.ts';
import { isSameUnitFinding } from './sameUnitFindings.ts';
import { FindingsList } from './StepFindings.tsx';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

type Resource = NonNullable<Step['resource']>;
type Failure = NonNullable<Step['failure']>;
type FailureAction = Failure['then']['action'];

/** Other steps as select options, by label, for keepUntil and goto targets. */
function useStepOptions(exclude?: string) {
  const blueprint = useBlueprint();
  const text = useLocalizedText();
  return blueprint.steps
    .filter((other) => other.id !== exclude)
    .map((other) => ({ value: other.id, label: text(other.label) || other.id }));
}

export function StepResource({ step }: { step: Step }) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const text = useLocalizedText();
  const numberProblem = useNumberProblem();
  const steps = useStepOptions(step.id);
  const resource = step.resource;
  const set = (next: Resource | undefined) =>
    edit((draft) => updateStep(draft, step.id, { resource: next }));
  const none = { value: '', label: t('inspector.none') };
  return (
    <Section title={t('inspector.resource.heading')}>
      <SelectField
        label={t('inspector.resource.pool')}
        value={resource?.pool ?? ''}
        options={[
          none,
          ...(blueprint.resources ?? []).map((pool) => ({
            value: pool.id,
            label: text(pool.label) || pool.id,
          })),
        ]}
        onChange={(pool) => set(pool === '' ? undefined : { ...resource, pool })}
      />
      {resource && (
        <>
          <TextField
            label={t('inspector.resource.units')}
            inputMode="numeric"
            value={formatNumber(resource.units ?? 1)}
            onCommit={(value) => {
              const parsed = parseNumber(value, { min: 1, integer: true });
              if (!parsed.ok) return numberProblem(parsed.problem);
              set({ ...resource, units: parsed.value === 1 ? undefined : parsed.value });
              return undefined;
            }}
          />
          <CheckboxField
            label={t('inspector.resource.customerAway')}
            checked={step.customerPresent === false}
            onChange={(away) =>
              edit((draft) =>
                updateStep(draft, step.id, { customerPresent: away ? false : undefined }),
              )
            }
          />
          <CheckboxField
            label={t('inspector.resource.booked')}
            checked={resource.booked === true}
            onChange={(booked) => {
              // Unbooked, the field is left out of the file rather than written as false.
              const walkIn = { ...resource };
              delete walkIn.booked;
              set(booked ? { ...walkIn, booked: true } : walkIn);
            }}
          />
          <SelectField
            label={t('inspector.resource.keepUntil')}
            value={resource.keepUntil ?? ''}
            options={[{ value: '', label: t('inspector.resource.releaseAtEnd') }, ...steps]}
            onChange={(keepUntil) =>
              set({ ...resource, keepUntil: keepUntil === '' ? undefined : keepUntil })
            }
          />
          <SameUnitField step={step} resource={resource} onChange={set} />
        </>
      )}
    </Section>
  );
}

/**
 * The same unit as at an earlier step (`sameUnitAs`): the steps of the same pool, this one
 * first (a second visit), and the step named now even if it no longer fits (the checks,
 * under the field, say why).
 */
function SameUnitField({
  step,
  resource,
  onChange,
}: {
  step: Step;
  resource: Resource;
  onChange: (next: Resource) => void;
}) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const text = useLocalizedText();
  const others = blueprint.steps.filter(
    (other) =>
      other.id !== step.id &&
      (other.resource?.pool === resource.pool || other.id === resource.sameUnitAs),
  );
  return (
    <>
      <SelectField
        label={t('inspector.resource.sameUnitAs')}
        value={resource.sameUnitAs ?? ''}
        options={[
          { value: '', label: t('inspector.resource.anyUnit') },
          { value: step.id, label: t('inspector.resource.sameUnitItself') },
          ...others.map((other) => ({ value: other.id, label: text(other.label) || other.id })),
        ]}
        onChange={(sameUnitAs) =>
          onChange({ ...resource, sameUnitAs: sameUnitAs === '' ? undefined : sameUnitAs })
        }
      />
      <FindingsList
        concerns={(finding) => finding.stepId === step.id && isSameUnitFinding(finding)}
      />
    </>
  );
}

export function StepFailure({ step }: { step: Step }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const numberProblem = useNumberProblem();
  const steps = useStepOptions();
  const failure = step.failure;
  const set = (next: Failure | undefined) =>
    edit((draft) => updateStep(draft, step.id, { failure: next }));
  const defaultThen = (action: FailureAction): Failure['then'] =>
    action === 'goto' ? { action, step: steps[0]?.value ?? step.id } : { action };
  return (
    <Section title={t('inspector.failure.heading')}>
      <TextField
        label={t('inspector.failure.probability')}
        inputMode="decimal"
        value={formatPercent(failure?.probability)}
        onCommit={(value) => {
          const parsed = parsePercent(value, true);
          if (!parsed.ok) return numberProblem(parsed.problem);
          const probability = parsed.value;
          set(
            probability === undefined
              ? undefined
              : { ...failure, probability, then: failure?.then ?? { action: 'retry' } },
          );
          return undefined;
        }}
      />
      {failure && (
        <>
          <SelectField<FailureAction>
            label={t('inspector.failure.then')}
            value={failure.then.action}
            options={(['retry', 'goto', 'leave'] as const).map((action) => ({
              value: action,
              label: t(`inspector.failure.actions.${action}`),
            }))}
            onChange={(action) => set({ ...failure, then: defaultThen(action) })}
          />
          {failure.then.action === 'retry' && (
            <TextField
              label={t('inspector.failure.maxRetries')}
              inputMode="numeric"
              value={formatNumber(failure.then.maxRetries)}
              onCommit={(value) => {
                const parsed = parseNumber(value, { min: 1, integer: true, optional: true });
                if (!parsed.ok) return numberProblem(parsed.problem);
                set({
                  ...failure,
                  then:
                    parsed.value === undefined
                      ? { action: 'retry' }
                      : { action: 'retry', maxRetries: parsed.value },
                });
                return undefined;
              }}
            />
          )}
          {failure.then.action === 'goto' && (
            <GotoFields failure={{ ...failure, then: failure.then }} steps={steps} onChange={set} />
          )}
        </>
      )}
    </Section>
  );
}

type GotoFailure = Failure & { then: Extract<Failure['then'], { action: 'goto' }> };

/** Where a goto failure sends the customer, and whether their next queue takes them at its front. */
function GotoFields({
  failure,
  steps,
  onChange,
}: {
  failure: GotoFailure;
  steps: { value: string; label: string }[];
  onChange: (next: Failure) => void;
}) {
  const { t } = useTranslation();
  const { then } = failure;
  return (
    <>
      <SelectField
        label={t('inspector.failure.gotoStep')}
        value={then.step}
        options={steps}
        onChange={(target) => onChange({ ...failure, then: { ...then, step: target } })}
      />
      <CheckboxField
        label={t('inspector.failure.rejoinFront')}
        checked={then.rejoin === 'front'}
        onChange={(front) => {
          const next = { action: 'goto' as const, step: then.step };
          onChange({ ...failure, then: front ? { ...next, rejoin: 'front' } : next });
        }}
      />
    </>
  );
}

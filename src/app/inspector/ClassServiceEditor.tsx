/**
 * A step's service for each customer class: a class may take its own duration (a VIP
 * served at more length), fail with its own chance (a C client turned down more often)
 * and, where the step has missed tickets, miss a call with its own chance. Shown when the
 * blueprint has classes; a class left alone takes the step's.
 */
import { useTranslation } from 'react-i18next';
import { type CustomerClass, type Distribution, type Step, ownValue } from '../../model/index.ts';
import { updateStep } from '../editor/commands/steps.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { withEntry } from './byClass.ts';
import { DistributionFields } from './DurationEditor.tsx';
import { CheckboxField, Section, TextField } from './fields.tsx';
import { withClassMissedChance } from './missedCallForm.ts';
import { formatPercent, parsePercent } from './numbers.ts';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

type Failure = NonNullable<Step['failure']>;

/** A class's own duration starts as the step's, so that the designer edits a difference. */
const STARTING_DURATION: Distribution = { type: 'fixed', value: 1 };

/** A step without a failure that gets a class chance: the others never fail, a failure is retried. */
const NO_FAILURE: Failure = { probability: 0, then: { action: 'retry' } };

export function ClassServiceEditor({ step }: { step: Step }) {
  const { t } = useTranslation();
  const classes = useBlueprint().classes ?? [];
  if (classes.length === 0) return null;
  return (
    <Section title={t('inspector.classService.heading')}>
      <p className="inspector-note">{t('inspector.classService.hint')}</p>
      {classes.map((customerClass) => (
        <ClassServiceFields key={customerClass.id} step={step} customerClass={customerClass} />
      ))}
    </Section>
  );
}

function ClassServiceFields({ step, customerClass }: { step: Step; customerClass: CustomerClass }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const text = useLocalizedText();
  const numberProblem = useNumberProblem();
  const id = customerClass.id;
  const name = text(customerClass.label) || id;
  const own = step.classDuration ? ownValue(step.classDuration, id) : undefined;
  const chances = step.failure?.classProbability;
  const ownChance = chances ? ownValue(chances, id) : undefined;
  const missedChances = step.missedCall?.classProbability;
  const ownMissedChance = missedChances ? ownValue(missedChances, id) : undefined;
  const setDuration = (duration: Distribution | undefined) =>
    edit((draft) =>
      updateStep(draft, step.id, { classDuration: withEntry(step.classDuration, id, duration) }),
    );
  const setChance = (chance: number | undefined) =>
    edit((draft) => {
      const { classProbability: before, ...rest } = step.failure ?? NO_FAILURE;
      const classProbability = withEntry(before, id, chance);
      // A failure that never happens (a 0 % step with no class chances left) goes away.
      const never = rest.probability === 0 && classProbability === undefined;
      const failure: Failure = classProbability ? { ...rest, classProbability } : rest;
      updateStep(draft, step.id, { failure: never ? undefined : failure });
    });
  return (
    <div className="inspector-class-service" data-class={id}>
      <p className="inspector-subheading">{name}</p>
      <CheckboxField
        label={t('inspector.classService.ownDuration', { name })}
        checked={own !== undefined}
        onChange={(on) => setDuration(on ? (step.duration ?? STARTING_DURATION) : undefined)}
      />
      {own !== undefined && <DistributionFields distribution={own} onChange={setDuration} />}
      <TextField
        label={t('inspector.classService.failChance', { name })}
        inputMode="decimal"
        value={formatPercent(ownChance)}
        onCommit={(value) => {
          const parsed = parsePercent(value, true);
          if (!parsed.ok) return numberProblem(parsed.problem);
          setChance(parsed.value);
          return undefined;
        }}
      />
      {step.missedCall && (
        <TextField
          label={t('inspector.classService.missedChance', { name })}
          inputMode="decimal"
          value={formatPercent(ownMissedChance)}
          onCommit={(value) => {
            const parsed = parsePercent(value, true);
            if (!parsed.ok) return numberProblem(parsed.problem);
            const missed = step.missedCall;
            if (missed)
              edit((draft) =>
                updateStep(draft, step.id, {
                  missedCall: withClassMissedChance(missed, id, parsed.value),
                }),
              );
            return undefined;
          }}
        />
      )}
    </div>
  );
}

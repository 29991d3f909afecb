/**
 * A step's missed tickets (过号): the chance a customer called from the queue is not
 * there, how long the window calls, and what follows (recalled after a few tickets, back
 * of the line, or gone) with the chance of coming back. Shown on a step with a pool (only
 * a pool's queue calls tickets), or where the file already has missed tickets.
 */
import { useTranslation } from 'react-i18next';
import type { Step } from '../../model/index.ts';
import { updateStep } from '../editor/commands/steps.ts';
import { DistributionFields } from './DurationEditor.tsx';
import { Section, SelectField, TextField } from './fields.tsx';
import {
  type MissedAction,
  type MissedCall,
  switchedThen,
  withMissedChance,
  withRecallAfter,
  withReturnChance,
} from './missedCallForm.ts';
import { formatNumber, formatPercent, parseNumber, parsePercent } from './numbers.ts';
import { useEdit, useNumberProblem } from './useInspector.ts';

const ACTIONS: readonly MissedAction[] = ['recall', 'back', 'gone'];
/** The format's limit on how many tickets a recall waits behind. */
const MOST_TICKETS = 1000;

export function MissedCallEditor({ step }: { step: Step }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const numberProblem = useNumberProblem();
  const missed = step.missedCall;
  if (!step.resource && !missed) return null;
  const set = (next: MissedCall | undefined) =>
    edit((draft) => updateStep(draft, step.id, { missedCall: next }));
  return (
    <Section title={t('inspector.missedCall.heading')}>
      <TextField
        label={t('inspector.missedCall.probability')}
        name="missed-call-probability"
        inputMode="decimal"
        value={formatPercent(missed?.probability)}
        onCommit={(value) => {
          const parsed = parsePercent(value, true);
          if (!parsed.ok) return numberProblem(parsed.problem);
          set(withMissedChance(missed, parsed.value));
          return undefined;
        }}
      />
      {missed && <MissedCallFields missed={missed} onChange={set} />}
    </Section>
  );
}

function MissedCallFields({
  missed,
  onChange,
}: {
  missed: MissedCall;
  onChange: (next: MissedCall) => void;
}) {
  const { t } = useTranslation();
  const numberProblem = useNumberProblem();
  const { then } = missed;
  const setThen = (next: MissedCall['then']) => onChange({ ...missed, then: next });
  return (
    <>
      <p className="inspector-subheading">{t('inspector.missedCall.callTime')}</p>
      <div className="inspector-missed-call-time" data-testid="missed-call-time">
        <DistributionFields
          distribution={missed.callTime}
          onChange={(callTime) => callTime && onChange({ ...missed, callTime })}
        />
      </div>
      <SelectField<MissedAction>
        label={t('inspector.missedCall.then')}
        value={then.action}
        options={ACTIONS.map((action) => ({
          value: action,
          label: t(`inspector.missedCall.actions.${action}`),
        }))}
        onChange={(action) => setThen(switchedThen(then, action))}
      />
      {then.action === 'recall' && (
        <TextField
          label={t('inspector.missedCall.after')}
          inputMode="numeric"
          value={formatNumber(then.after)}
          onCommit={(value) => {
            const parsed = parseNumber(value, {
              min: 0,
              max: MOST_TICKETS,
              integer: true,
              optional: true,
            });
            if (!parsed.ok) return numberProblem(parsed.problem);
            setThen(withRecallAfter(then, parsed.value));
            return undefined;
          }}
        />
      )}
      {then.action !== 'gone' && (
        <TextField
          label={t('inspector.missedCall.returnProbability')}
          inputMode="decimal"
          value={formatPercent(then.returnProbability)}
          onCommit={(value) => {
            const parsed = parsePercent(value, true);
            if (!parsed.ok) return numberProblem(parsed.problem);
            setThen(withReturnChance(then, parsed.value));
            return undefined;
          }}
        />
      )}
    </>
  );
}

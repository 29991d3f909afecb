/**
 * A step done as one batch a day (`batch`): whoever passes leaves an item and goes on, and
 * at a time of day or at closing the step's pool works through the pile (the deposit's
 * voucher filing). Chosen per step; the batch's checks (no pool, a failure or missed
 * tickets beside it, a time outside the day) show here. Shown on a step with a pool, or
 * where the step already is a batch.
 */
import { useTranslation } from 'react-i18next';
import type { Step } from '../../model/index.ts';
import { updateStep } from '../editor/commands/steps.ts';
import {
  BATCH_CHOICES,
  type BatchChoice,
  batchChoice,
  chosenBatch,
  isBatchFinding,
  offersBatch,
} from './batchForm.ts';
import { Section, SelectField, TextField } from './fields.tsx';
import { parseTime } from './numbers.ts';
import { FindingsList } from './StepFindings.tsx';
import { useEdit } from './useInspector.ts';

export function BatchEditor({ step }: { step: Step }) {
  const { t } = useTranslation();
  const edit = useEdit();
  if (!offersBatch(step)) return null;
  const at = step.batch?.at;
  const set = (batch: Step['batch']) => edit((draft) => updateStep(draft, step.id, { batch }));
  const choice = batchChoice(step.batch);
  return (
    <Section title={t('inspector.batch.heading')}>
      <p className="inspector-note">{t('inspector.batch.hint')}</p>
      <SelectField<BatchChoice>
        label={t('inspector.batch.when')}
        value={choice}
        options={BATCH_CHOICES.map((value) => ({
          value,
          label: t(`inspector.batch.choices.${value}`),
        }))}
        onChange={(next) => set(chosenBatch(next, step.batch))}
      />
      {choice === 'time' && (
        <TextField
          label={t('inspector.batch.at')}
          name="batch-at"
          value={at ?? ''}
          onCommit={(value) => {
            const parsed = parseTime(value);
            if (!parsed.ok) return t('inspector.problem.time');
            set({ at: parsed.value });
            return undefined;
          }}
        />
      )}
      <FindingsList concerns={(finding) => finding.stepId === step.id && isBatchFinding(finding)} />
    </Section>
  );
}

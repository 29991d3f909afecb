/**
 * The inspector for one flow: label, chances (overall and per class), classes, background,
 * and the queue rule that takes the branch by the length of a line instead of a chance.
 */
import { useTranslation } from 'react-i18next';
import type { Flow } from '../../model/index.ts';
import { normaliseBranches, updateFlow } from '../editor/commands/flows.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { branchesNeedNormalising, branchSum } from './branches.ts';
import { CheckboxField, Section, TextField } from './fields.tsx';
import { LocalizedTextFields } from './LocalizedTextFields.tsx';
import { QueueRuleFields } from './QueueRuleFields.tsx';
import { formatNumber, formatPercent, parsePercent } from './numbers.ts';
import { useBlueprint, useEdit, useNumberProblem } from './useInspector.ts';

export function FlowPanel({ flow }: { flow: Flow }) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const text = useLocalizedText();
  const numberProblem = useNumberProblem();
  const patch = (changes: Partial<Omit<Flow, 'id'>>) =>
    edit((draft) => updateFlow(draft, flow.id, changes));
  const classes = blueprint.classes ?? [];
  const stepLabel = (id: string) =>
    text(blueprint.steps.find((step) => step.id === id)?.label) || id;
  const sum = branchSum(blueprint, flow.from);

  const percentField = (set: (probability: number | undefined) => void) => (text: string) => {
    const parsed = parsePercent(text, true);
    if (!parsed.ok) return numberProblem(parsed.problem);
    set(parsed.value);
    return undefined;
  };

  return (
    <div className="inspector-panel" data-panel="flow">
      <Section title={t('inspector.flow.heading')}>
        <p className="inspector-note">
          {t('inspector.flow.fromTo', { from: stepLabel(flow.from), to: stepLabel(flow.to) })}
        </p>
        <LocalizedTextFields
          label={t('inspector.flow.label')}
          text={flow.label}
          onChange={(label) => patch({ label })}
        />
        {!flow.when && (
          <TextField
            label={t('inspector.flow.probability')}
            inputMode="decimal"
            value={formatPercent(flow.probability)}
            onCommit={percentField((probability) => patch({ probability }))}
          />
        )}
        {!flow.background && branchesNeedNormalising(blueprint, flow.from) && (
          <div className="inspector-warning" role="status">
            <p>
              {t('inspector.flow.branchSum', {
                sum: formatNumber(Number(((sum ?? 0) * 100).toPrecision(6))),
              })}
            </p>
            <button
              type="button"
              onClick={() => edit((draft) => normaliseBranches(draft, flow.from))}
            >
              {t('inspector.flow.normalise')}
            </button>
          </div>
        )}
        <CheckboxField
          label={t('inspector.flow.background')}
          checked={flow.background === true}
          onChange={(background) => patch({ background: background || undefined })}
        />
        {!flow.background && (
          <CheckboxField
            label={t('inspector.flow.failing', { from: stepLabel(flow.from) })}
            checked={flow.failing === true}
            onChange={(failing) => patch({ failing: failing || undefined })}
          />
        )}
      </Section>
      {!flow.background && <QueueRuleFields flow={flow} patch={patch} />}
      {classes.length > 0 && (
        <Section title={t('inspector.flow.classes')}>
          {classes.map((customerClass) => {
            const applies = flow.classes === undefined || flow.classes.includes(customerClass.id);
            const label = text(customerClass.label) || customerClass.id;
            return (
              <div key={customerClass.id} className="inspector-class-row">
                <CheckboxField
                  label={label}
                  checked={applies}
                  onChange={(checked) => {
                    const current = flow.classes ?? classes.map((c) => c.id);
                    const next = checked
                      ? [...current, customerClass.id]
                      : current.filter((id) => id !== customerClass.id);
                    // All classes ticked is the same as no list; none ticked cannot be written.
                    if (next.length === 0) return;
                    patch({ classes: next.length === classes.length ? undefined : next });
                  }}
                />
                {!flow.when && (
                  <TextField
                    label={t('inspector.flow.classProbability', { name: label })}
                    inputMode="decimal"
                    value={formatPercent(flow.classProbability?.[customerClass.id])}
                    onCommit={percentField((probability) => {
                      const next = { ...flow.classProbability };
                      if (probability === undefined) Reflect.deleteProperty(next, customerClass.id);
                      else next[customerClass.id] = probability;
                      patch({
                        classProbability: Object.keys(next).length === 0 ? undefined : next,
                      });
                    })}
                  />
                )}
              </div>
            );
          })}
        </Section>
      )}
    </div>
  );
}

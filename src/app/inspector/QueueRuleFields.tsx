/**
 * A flow's queue rule (`when`): the lobby manager sends customers this way while the line
 * at a step is at least so long (大堂分流). Switched on, the flow has no chance of its own
 * (the queue decides) and the step's other branches are the way on when the line is short.
 */
import { useTranslation } from 'react-i18next';
import type { Flow } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { CheckboxField, Section, SelectField, TextField } from './fields.tsx';
import { formatNumber, parseNumber } from './numbers.ts';
import { DEFAULT_QUEUE_THRESHOLD, defaultQueueStep, queueSteps } from './queueRule.ts';
import { useBlueprint, useNumberProblem } from './useInspector.ts';

export function QueueRuleFields({
  flow,
  patch,
}: {
  flow: Flow;
  patch: (changes: Partial<Omit<Flow, 'id'>>) => void;
}) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const text = useLocalizedText();
  const numberProblem = useNumberProblem();
  const candidates = queueSteps(blueprint);
  const when = flow.when;
  const stepLabel = (id: string) =>
    text(blueprint.steps.find((step) => step.id === id)?.label) || id;
  const start = defaultQueueStep(blueprint, flow);

  return (
    <Section title={t('inspector.flow.queueRule.heading')}>
      <CheckboxField
        label={t('inspector.flow.queueRule.enable')}
        checked={when !== undefined}
        onChange={(on) =>
          on && start !== undefined
            ? patch({
                when: { queueAt: start, atLeast: DEFAULT_QUEUE_THRESHOLD },
                probability: undefined,
                classProbability: undefined,
              })
            : patch({ when: undefined })
        }
      />
      {when === undefined && start === undefined && (
        <p className="inspector-note">{t('inspector.flow.queueRule.noQueue')}</p>
      )}
      {when !== undefined && (
        <>
          <SelectField
            label={t('inspector.flow.queueRule.queueAt')}
            value={when.queueAt}
            options={[
              ...(candidates.includes(when.queueAt) ? [] : [when.queueAt]),
              ...candidates,
            ].map((id) => ({ value: id, label: stepLabel(id) }))}
            onChange={(queueAt) => patch({ when: { ...when, queueAt } })}
          />
          <TextField
            label={t('inspector.flow.queueRule.atLeast')}
            inputMode="numeric"
            value={formatNumber(when.atLeast)}
            onCommit={(input) => {
              const parsed = parseNumber(input, { min: 1, integer: true });
              if (!parsed.ok) return numberProblem(parsed.problem);
              patch({ when: { ...when, atLeast: parsed.value } });
              return undefined;
            }}
          />
          <p className="inspector-note">
            {t('inspector.flow.queueRule.explain', {
              count: when.atLeast,
              step: stepLabel(when.queueAt),
              from: stepLabel(flow.from),
            })}
          </p>
        </>
      )}
    </Section>
  );
}

/** Several steps selected: how many, and the F and W marks for all of them at once. */
import { useTranslation } from 'react-i18next';
import { updateStep } from '../editor/commands/steps.ts';
import { Section } from './fields.tsx';
import { useBlueprint, useEdit } from './useInspector.ts';

export function MultiStepPanel({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  const steps = blueprint.steps.filter((step) => ids.includes(step.id));
  const marks = ['failPoint', 'waitPoint'] as const;
  return (
    <div className="inspector-panel" data-panel="steps">
      <Section title={t('inspector.multi.heading', { count: steps.length })}>
        {marks.map((mark) => {
          const allMarked = steps.every((step) => step[mark] !== undefined);
          return (
            <button
              key={mark}
              type="button"
              className="inspector-button"
              aria-pressed={allMarked}
              // One edit for all: marks every step, or clears all when every one is marked.
              onClick={() =>
                edit((draft) => {
                  for (const step of steps)
                    updateStep(draft, step.id, {
                      [mark]: allMarked ? undefined : (step[mark] ?? {}),
                    });
                })
              }
            >
              {t(allMarked ? `inspector.multi.unmark.${mark}` : `inspector.multi.mark.${mark}`)}
            </button>
          );
        })}
      </Section>
    </div>
  );
}

/**
 * The phases' names in both languages. The phase bar renames in the UI's language only;
 * here a designer fills English and Chinese side by side, the same fields as a step's label.
 */
import { useTranslation } from 'react-i18next';
import { renamePhase } from '../editor/commands/phases.ts';
import { Section } from './fields.tsx';
import { LocalizedTextFields } from './LocalizedTextFields.tsx';
import { useBlueprint, useEdit } from './useInspector.ts';

export function PhasesEditor() {
  const { t } = useTranslation();
  const phases = useBlueprint().phases ?? [];
  const edit = useEdit();
  if (phases.length === 0) return null;
  return (
    <Section title={t('inspector.phases.heading')}>
      <p className="inspector-note">{t('inspector.phases.hint')}</p>
      {phases.map((phase, index) => (
        <LocalizedTextFields
          key={phase.id}
          label={t('inspector.phases.name', { number: index + 1 })}
          text={phase.label}
          required
          onChange={(label) => edit((draft) => renamePhase(draft, phase.id, label!))}
        />
      ))}
    </Section>
  );
}

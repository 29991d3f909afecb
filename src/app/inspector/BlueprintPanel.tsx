/** Nothing selected: the blueprint itself — its name and notes, pools, arrivals, run, classes and day types. */
import { useTranslation } from 'react-i18next';
import { isValidId } from '../../model/index.ts';
import { ArrivalsEditor } from './ArrivalsEditor.tsx';
import { ClassesEditor } from './ClassesEditor.tsx';
import { DayTypesEditor } from './DayTypesEditor.tsx';
import { Section, TextField } from './fields.tsx';
import { NEW_BLUEPRINT_NAME } from '../files/newBlueprint.ts';
import { LocalizedTextFields } from './LocalizedTextFields.tsx';
import { PhasesEditor } from './PhasesEditor.tsx';
import { PoolsEditor } from './PoolsEditor.tsx';
import { RunEditor } from './RunEditor.tsx';
import { useBlueprint, useEdit } from './useInspector.ts';

/** Tags as typed: separated by commas (either width), blanks dropped. */
export function parseTags(text: string): string[] | undefined {
  const tags = text
    .split(/[,，]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return tags.length === 0 ? undefined : [...new Set(tags)];
}

export function BlueprintPanel() {
  const { t } = useTranslation();
  const blueprint = useBlueprint();
  const edit = useEdit();
  return (
    <div className="inspector-panel" data-panel="blueprint">
      <Section title={t('inspector.blueprint.heading')}>
        <LocalizedTextFields
          label={t('inspector.blueprint.name')}
          text={blueprint.name}
          required
          placeholders={NEW_BLUEPRINT_NAME}
          onChange={(name) => edit((draft) => void (draft.name = name!))}
        />
        <LocalizedTextFields
          label={t('inspector.blueprint.description')}
          text={blueprint.description}
          multiline
          onChange={(description) =>
            edit((draft) => {
              if (description === undefined) delete draft.description;
              else draft.description = description;
            })
          }
        />
        <TextField
          label={t('inspector.blueprint.id')}
          value={blueprint.id}
          name="blueprint-id"
          commitOnBlurOnly
          onCommit={(value) => {
            const id = value.trim();
            if (!isValidId(id)) return t('inspector.problem.idInvalid');
            edit((draft) => void (draft.id = id));
            return undefined;
          }}
        />
        <TextField
          label={t('inspector.blueprint.author')}
          value={blueprint.author ?? ''}
          onCommit={(value) => {
            edit((draft) => {
              if (value.trim() === '') delete draft.author;
              else draft.author = value.trim();
            });
            return undefined;
          }}
        />
        <TextField
          label={t('inspector.blueprint.tags')}
          value={(blueprint.tags ?? []).join(', ')}
          onCommit={(value) => {
            const tags = parseTags(value);
            edit((draft) => {
              if (tags === undefined) delete draft.tags;
              else draft.tags = tags;
            });
            return undefined;
          }}
        />
      </Section>
      <PhasesEditor />
      <PoolsEditor />
      <ArrivalsEditor />
      <RunEditor />
      <ClassesEditor />
      <DayTypesEditor />
    </div>
  );
}

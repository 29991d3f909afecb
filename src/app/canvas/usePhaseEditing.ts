/**
 * What the phase bar can do to the blueprint's phases, each change one undo step, and
 * which phase's name is being typed. The name being edited is UI state, not history.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPhase, movePhase, removePhase, renamePhase } from '../editor/commands/phases.ts';
import { SUPPORTED_LANGUAGES } from '../i18n/language.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { committedName, relabel } from './phaseLabel.ts';

export interface PhaseEditing {
  editingId: string | undefined;
  startRename: (id: string) => void;
  /** Ends the rename; saves `value` unless it is undefined (cancelled) or blank. */
  finishRename: (id: string, value: string | undefined) => void;
  add: () => void;
  move: (id: string, by: -1 | 1) => void;
  remove: (id: string) => void;
  /**
   * The phase last moved, with a count of the moves so each one is shown: an empty phase
   * moved before the first with steps gets a column left of them, out of the view.
   */
  moved: { id: string; count: number } | undefined;
}

export function usePhaseEditing(): PhaseEditing {
  const { i18n } = useTranslation();
  const language = useUiLanguage();
  const edit = useBlueprintStore((state) => state.edit);
  const [editingId, setEditingId] = useState<string | undefined>();
  const [moved, setMoved] = useState<PhaseEditing['moved']>();
  /** "New phase" in every UI language: a new phase's name until the designer gives one. */
  const placeholderNames = useCallback(
    () =>
      Object.fromEntries(
        SUPPORTED_LANGUAGES.map((tag) => [tag, i18n.getFixedT(tag)('canvas.newPhase')]),
      ),
    [i18n],
  );

  const finishRename = useCallback(
    (id: string, value: string | undefined) => {
      setEditingId((current) => (current === id ? undefined : current));
      const name = value === undefined ? undefined : committedName(value);
      if (name === undefined) return;
      const phase = useBlueprintStore
        .getState()
        .document?.blueprint?.phases?.find((p) => p.id === id);
      // An unchanged name is no edit: it would leave an undo step that does nothing.
      if (!phase || (typeof phase.label === 'object' && phase.label[language] === name)) return;
      const label = relabel(phase.label, language, name, placeholderNames());
      edit((draft) => renamePhase(draft, id, label));
    },
    [edit, language, placeholderNames],
  );

  const add = useCallback(() => {
    // The new phase is named in every UI language, so switching language never shows a blank.
    const id = edit((draft) => addPhase(draft, placeholderNames()));
    if (id) setEditingId(id);
  }, [edit, placeholderNames]);

  const move = useCallback(
    (id: string, by: -1 | 1) => {
      edit((draft) => movePhase(draft, id, by));
      setMoved((last) => ({ id, count: (last?.count ?? 0) + 1 }));
    },
    [edit],
  );
  const remove = useCallback(
    (id: string) => {
      setEditingId((current) => (current === id ? undefined : current));
      edit((draft) => removePhase(draft, id));
    },
    [edit],
  );

  return { editingId, startRename: setEditingId, finishRename, add, move, remove, moved };
}

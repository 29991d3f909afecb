/** Asks before unsaved work is replaced (New, Open, an example), in the UI's language. */
import i18next from 'i18next';
import { textIn } from '../../model/index.ts';
import type { BlueprintStore } from '../store/blueprintStore.ts';
import { hasUnsavedWork } from './unsavedWork.ts';

/** True when there is nothing to lose or the user agrees to lose it. */
export function confirmReplacingWork(store: BlueprintStore): boolean {
  const state = store.getState();
  if (!hasUnsavedWork(state)) return true;
  const blueprint = state.document?.blueprint;
  const name = blueprint ? textIn(blueprint.name, i18next.language) : '';
  return window.confirm(i18next.t('files.confirmReplace', { name }));
}

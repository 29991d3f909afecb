/**
 * Started once from main.tsx: autosave with recovery, the browser's warning before
 * leaving unsaved work, and the same question before an example replaces it.
 */
import i18next from 'i18next';
import type { BlueprintStore } from '../store/blueprintStore.ts';
import { recoverStoredWork, startAutosave } from './autosave.ts';
import { type AutosaveStorage, indexedDbStorage } from './autosaveStorage.ts';
import { confirmReplacingWork } from './confirmReplace.ts';
import { hasUnsavedWork } from './unsavedWork.ts';

export function startFileSafety(store: BlueprintStore): void {
  let storage: AutosaveStorage;
  try {
    storage = indexedDbStorage();
  } catch (error) {
    console.warn('Autosave is off: IndexedDB is not available.', error);
    return;
  }
  // Recovery first, so the first thing written is not the example that opened by default.
  void recoverStoredWork(store, storage)
    .catch((error: unknown) => console.warn('Could not recover stored work.', error))
    .finally(() => {
      const autosave = startAutosave(store, storage);
      window.addEventListener('pagehide', autosave.flush);
    });

  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedWork(store.getState())) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = i18next.t('files.leaveWarning');
  });

  guardExampleButtons(store);
}

/**
 * The example list (sidebar) opens examples directly. Rather than change it, a click on
 * an example button is caught on its way down (capture phase, before React sees it) and
 * stopped if the user does not want to lose unsaved work.
 */
function guardExampleButtons(store: BlueprintStore): void {
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest('button[data-example-id]');
      if (!button || confirmReplacingWork(store)) return;
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true },
  );
}

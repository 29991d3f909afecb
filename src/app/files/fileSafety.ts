/**
 * Started once from main.tsx: autosave with recovery, the browser's warning before
 * leaving unsaved work. (New, Open and the example list ask before replacing it, through
 * confirmReplacingWork.)
 */
import i18next from 'i18next';
import type { BlueprintStore } from '../store/blueprintStore.ts';
import { type AutosaveControl, recoverStoredWork, startAutosave } from './autosave.ts';
import { demoFromSearch } from '../playback/playbackMode.ts';
import { exampleFromSearch } from '../store/exampleUrl.ts';
import { ASIDE_KEY, indexedDbStorage } from './autosaveStorage.ts';
import { type LastGaspStorage, withLastGasp } from './lastGasp.ts';
import { confirmReplacingWork } from './confirmReplace.ts';
import { hasUnsavedWork } from './unsavedWork.ts';

let running: AutosaveControl | null = null;

/**
 * Reloads the page once autosave has stored the last change (the error boundary's Reload):
 * the page's own pagehide flush starts a write the unloading page may not finish.
 */
export async function reloadKeepingWork(): Promise<void> {
  await running?.flush();
  window.location.reload();
}

export function startFileSafety(store: BlueprintStore): void {
  let storage: LastGaspStorage;
  try {
    storage = withLastGasp(indexedDbStorage(), window.localStorage);
  } catch (error) {
    console.warn('Autosave is off: IndexedDB is not available.', error);
    return;
  }
  // Recovery first, so the first thing written is not the example that opened by default.
  // A link to an example (or its demo) opens that example; other stored work waits aside.
  const search = window.location.search;
  void recoverStoredWork(store, storage, {
    requestedExample: demoFromSearch(search) ?? exampleFromSearch(search),
    aside: indexedDbStorage(ASIDE_KEY),
    confirmReplace: () => confirmReplacingWork(store),
  })
    .catch((error: unknown) => console.warn('Could not recover stored work.', error))
    .finally(() => {
      const autosave = startAutosave(store, storage);
      running = autosave;
      // IndexedDB may drop a write the unloading page starts: localStorage keeps it too.
      window.addEventListener('pagehide', () => autosave.unload(storage.writeNow));
    });

  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedWork(store.getState())) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = i18next.t('files.leaveWarning');
  });
}

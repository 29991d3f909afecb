/**
 * Never losing work: every change of the open document is written to storage shortly
 * after it happens, and on start-up stored work that differs from what opened comes back.
 */
import { create } from 'zustand';
import type { BlueprintStore, OpenDocument } from '../store/blueprintStore.ts';
import {
  encodeAutosave,
  isOtherThan,
  planRecovery,
  type AutosaveRecord,
  type RecoveryPlan,
} from './autosaveRecord.ts';
import type { AutosaveStorage } from './autosaveStorage.ts';
import { hasUnsavedWork } from './unsavedWork.ts';

/** Long enough to write once per burst of typing or dragging, short enough to lose nothing. */
export const AUTOSAVE_DELAY_MS = 300;

/** The notice after recovery: when the work was stored, and how to go back on it. */
export interface RecoveryNoticeState {
  savedAt: string | null;
  discard: (() => void) | null;
  /** Set when the work was kept aside rather than opened: opens it. */
  openAside: (() => void) | null;
}

export const useRecoveryNotice = create<RecoveryNoticeState>()(() => ({
  savedAt: null,
  discard: null,
  openAside: null,
}));

export function dismissRecoveryNotice(): void {
  useRecoveryNotice.setState({ savedAt: null, discard: null, openAside: null });
}

/** What start-up recovery should respect besides the stored work. */
export interface RecoveryOptions {
  /**
   * The example the address asks for (`?example=`, `?demo=`): stored work for another
   * blueprint is kept aside and offered, not opened over what the link promised.
   */
  requestedExample?: string;
  /** Where such work is kept; autosave never writes there, so nothing overwrites it. */
  aside?: AutosaveStorage;
  /** Asked before work kept aside replaces an open blueprint with unsaved changes. */
  confirmReplace?: () => boolean;
}

/** What startAutosave hands back: stop it, or write what is pending now. */
export interface AutosaveControl {
  stop: () => void;
  /** Writes a pending change at once; resolves when storage has it (or has failed). */
  flush: () => Promise<void>;
  /**
   * For a page going away: writes a pending change at once and hands `keepNow` the record
   * storage has not confirmed yet, if any, to keep synchronously (lastGasp.ts).
   */
  unload: (keepNow: (record: AutosaveRecord) => void) => void;
}

/** Writes the document after each change (debounced); returns a function that stops it. */
export function startAutosave(
  store: BlueprintStore,
  storage: AutosaveStorage,
  delayMs = AUTOSAVE_DELAY_MS,
  onError: (error: unknown) => void = console.warn,
): AutosaveControl {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The last write still on its way to storage: a reload must wait for it, or IndexedDB
  // drops the transaction with the page and the last edit is lost.
  let writing: Promise<void> = Promise.resolve();
  // The last record handed to storage until storage confirms it.
  let unconfirmed: AutosaveRecord | null = null;

  const write = () => {
    timer = undefined;
    const state = store.getState();
    const record = encodeAutosave(state.document, hasUnsavedWork(state), new Date());
    // A document that could not be read has nothing worth keeping; keep the last good one.
    if (!record) return;
    unconfirmed = record;
    writing = storage
      .write(record)
      .then(() => {
        if (unconfirmed === record) unconfirmed = null;
      })
      .catch(onError);
  };

  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
    return writing;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document === previous.document && state.savedBlueprint === previous.savedBlueprint)
      return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });

  return {
    stop: () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    },
    // Closing the tab should not lose the last 300 ms.
    flush,
    unload: (keepNow) => {
      void flush();
      if (unconfirmed) keepNow(unconfirmed);
    },
  };
}

/**
 * Restores stored work if there is any worth restoring, and offers to discard it. Done
 * only if the user has not opened or changed anything while storage was being read.
 */
export async function recoverStoredWork(
  store: BlueprintStore,
  storage: AutosaveStorage,
  options: RecoveryOptions = {},
): Promise<boolean> {
  const { requestedExample, aside } = options;
  const before: OpenDocument | null = store.getState().document;
  const serialBefore = store.getState().documentSerial;
  const stored = await storage.read();
  const state = store.getState();
  if (state.document !== before || state.documentSerial !== serialBefore) return false;

  const plan = planRecovery(stored, before);
  if (plan.kind === 'keep-current') {
    if (plan.forget) await storage.clear();
    if (aside) await offerWorkKeptAside(store, aside, options);
    return false;
  }
  if (aside && requestedExample !== undefined && isOtherThan(plan.from, requestedExample)) {
    // Written aside before it leaves the autosave slot: a crash between loses nothing.
    await aside.write(stored);
    await storage.clear();
    offerAside(store, aside, plan, options);
    return false;
  }
  state.openDocument(plan.document);
  // Recovered unsaved work must still warn before it is replaced or the tab is closed.
  if (plan.unsaved) store.setState({ savedBlueprint: null });
  useRecoveryNotice.setState({
    savedAt: plan.savedAt,
    openAside: null,
    discard: () => {
      dismissRecoveryNotice();
      void storage.clear();
      if (before) store.getState().openDocument(before);
    },
  });
  return true;
}

/** Offers work an earlier start-up kept aside, if it is still worth opening. */
async function offerWorkKeptAside(
  store: BlueprintStore,
  aside: AutosaveStorage,
  options: RecoveryOptions,
): Promise<void> {
  const plan = planRecovery(await aside.read(), store.getState().document);
  if (plan.kind === 'recover') offerAside(store, aside, plan, options);
  else if (plan.forget) await aside.clear();
}

function offerAside(
  store: BlueprintStore,
  aside: AutosaveStorage,
  plan: Extract<RecoveryPlan, { kind: 'recover' }>,
  options: RecoveryOptions,
): void {
  useRecoveryNotice.setState({
    savedAt: plan.savedAt,
    discard: () => {
      dismissRecoveryNotice();
      void aside.clear();
    },
    openAside: () => {
      if (options.confirmReplace && !options.confirmReplace()) return;
      dismissRecoveryNotice();
      store.getState().openDocument(plan.document);
      if (plan.unsaved) store.setState({ savedBlueprint: null });
      // Autosave now holds it as the open work; the copy aside is no longer needed.
      void aside.clear();
    },
  });
}

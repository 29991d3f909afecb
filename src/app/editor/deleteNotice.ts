/**
 * The notice after a delete of many steps ("Deleted 16 steps and 14 flows · Undo"): a
 * large delete from one key press is easy to miss and costly, so it says what it did and
 * offers the way back. `after` is the blueprint the delete produced: once the blueprint
 * is anything else (another edit, an undo), the notice's Undo would undo something else,
 * so the notice goes away.
 */
import { create } from 'zustand';
import type { Blueprint } from '../../model/index.ts';

/** Deleting more steps than this at once is announced. */
export const ANNOUNCED_DELETE_STEPS = 3;

export interface DeletedCounts {
  steps: number;
  flows: number;
  after: Blueprint;
}

interface DeleteNoticeState {
  shown: DeletedCounts | null;
  dismiss: () => void;
}

export const useDeleteNotice = create<DeleteNoticeState>()((set) => ({
  shown: null,
  dismiss: () => set({ shown: null }),
}));

/** Counts what a delete removed and shows the notice when it was many steps. */
export function announceDelete(before: Blueprint, after: Blueprint | null | undefined): void {
  if (!after) return;
  const steps = before.steps.length - after.steps.length;
  const flows = before.flows.length - after.flows.length;
  if (steps > ANNOUNCED_DELETE_STEPS) useDeleteNotice.setState({ shown: { steps, flows, after } });
}

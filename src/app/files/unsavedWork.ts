/** Whether closing or replacing the open document would lose work. */
import type { BlueprintState } from '../store/blueprintStore.ts';

/**
 * Edits make a new blueprint object (immer), so identity tells whether anything changed
 * since the document was opened or saved; undoing back to it counts as saved again.
 */
export function hasUnsavedWork(
  state: Pick<BlueprintState, 'document' | 'savedBlueprint'>,
): boolean {
  const blueprint = state.document?.blueprint ?? null;
  return blueprint !== state.savedBlueprint;
}

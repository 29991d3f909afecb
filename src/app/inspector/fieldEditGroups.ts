/**
 * How a text field's commits reach the blueprint: a field commits its text while it is
 * typed (so autosave has it even if the browser is killed before the field loses focus),
 * and all the commits of one edit of one field make a single undo step. The inspector
 * provides the store's grouping; without a provider, commits simply run.
 */
import { createContext } from 'react';

export interface FieldEditGroups {
  /** Runs a commit as part of the group's undo step. */
  inGroup: <T>(group: string, run: () => T) => T;
  /** Takes the group's step back if nothing has changed the blueprint since. */
  revert: (group: string) => void;
}

export const FieldEditGroupsContext = createContext<FieldEditGroups>({
  inGroup: (_group, run) => run(),
  revert: () => undefined,
});

/**
 * How long typing pauses before the text is committed: after a word rather than each
 * key, so the checks and the canvas do not redo their work at every keystroke.
 */
export const FIELD_DRAFT_DELAY_MS = 400;

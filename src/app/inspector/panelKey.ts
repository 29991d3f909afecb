/**
 * Which key the step panel gets. A panel keyed by its step's id is rebuilt when the id is
 * renamed, and the field the designer had just clicked goes with it: the focus falls to
 * the page, where the next Ctrl+A, Backspace selects and deletes every step. A rename
 * (the shown id gone, the new one not there before) keeps the panel; choosing another
 * step, or opening another document, gives a fresh one, so half-typed text never leaks
 * from one step to another.
 */

export interface ShownPanel {
  /** The id the panel shows. */
  readonly id: string;
  /** The key it was given (the id it first showed, with the document's serial). */
  readonly key: string;
  /** The ids of the blueprint's steps when it was shown. */
  readonly ids: readonly string[];
  readonly documentSerial: number;
}

export function panelKeyFor(
  previous: ShownPanel | undefined,
  id: string,
  ids: readonly string[],
  documentSerial: number,
): string {
  const fresh = `${documentSerial}:${id}`;
  if (!previous || previous.documentSerial !== documentSerial) return fresh;
  if (previous.id === id) return previous.key;
  const renamed = !ids.includes(previous.id) && !previous.ids.includes(id);
  return renamed ? previous.key : fresh;
}

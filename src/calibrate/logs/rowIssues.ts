/**
 * What can be wrong with one row of a log, as data: a code and the values its sentence
 * needs (issueText.ts has the sentences). A skipped row is not used at all; a note keeps
 * the row and says what it lacks.
 */

export const SKIP_CODES = [
  'blank-row',
  'bad-quotes',
  'wrong-field-count',
  'missing-value',
  'bad-time',
  'ambiguous-date',
  'missing-date',
  'time-order',
  'unknown-outcome',
  'duplicate',
  'lifecycle-other',
] as const;
export type SkipCode = (typeof SKIP_CODES)[number];

export const NOTE_CODES = ['outcome-inferred', 'incomplete', 'start-without-complete'] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export type RowIssueCode = SkipCode | NoteCode;

export interface RowIssue {
  /** The row's number in the file, the header being row 1 (as a spreadsheet shows it). */
  row: number;
  code: RowIssueCode;
  /** true: the row was left out; false: it was kept, with what the note says. */
  skipped: boolean;
  /** The sentence's values: `column` is the header as the file spells it. */
  params: Readonly<Record<string, string | number>>;
}

export function isSkipCode(code: RowIssueCode): code is SkipCode {
  return (SKIP_CODES as readonly string[]).includes(code);
}

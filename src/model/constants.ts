/**
 * The format's fixed vocabularies that the simulator needs at run time, in a module of
 * their own with no zod: the engine, its workers and the command line's worker threads
 * import these (and the other zod-free modules of src/model) directly, so starting them
 * does not load the schema library. The schema (schema/step.ts) builds its enums from
 * these and re-exports them.
 */

export const STEP_KINDS = ['action', 'decision', 'evidence', 'note'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Kinds that customers pass through in a simulation; evidence and notes are drawing only. */
export const PROCESS_STEP_KINDS: readonly StepKind[] = ['action', 'decision'];

/**
 * How a visit that ends at an exit ended, for the results: a bank counts accounts
 * opened and applications turned down separately. Kept short so that every bank's
 * reports mean the same by each word; the exit's own `label` says more.
 */
export const OUTCOMES = ['completed', 'rejected', 'withdrawn', 'complaint', 'referred'] as const;
export type ExitOutcome = (typeof OUTCOMES)[number];

/** Converts "HH:MM" to minutes after midnight. Assumes the string passed TimeOfDay. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

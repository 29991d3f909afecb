/**
 * A step's day's batch (`batch`) as the inspector edits it: not a batch, a batch at a time
 * of day, or a batch at closing. Pure: the editor turns a choice into the step's field.
 */
import type { Finding, Step } from '../../model/index.ts';

type Batch = NonNullable<Step['batch']>;

export type BatchChoice = 'none' | 'time' | 'closing';

export const BATCH_CHOICES: readonly BatchChoice[] = ['none', 'time', 'closing'];

/** The time a batch gets when the designer first asks for one at a time of day (the deposit's). */
export const DEFAULT_BATCH_TIME = '16:00';

export function batchChoice(batch: Batch | undefined): BatchChoice {
  if (!batch) return 'none';
  return batch.at === 'closing' ? 'closing' : 'time';
}

/**
 * The step's batch after choosing `choice`: a time of day keeps the time the step has
 * (a batch at a time chosen again), else the default time.
 */
export function chosenBatch(choice: BatchChoice, current: Batch | undefined): Batch | undefined {
  if (choice === 'none') return undefined;
  if (choice === 'closing') return { at: 'closing' };
  return { at: current && current.at !== 'closing' ? current.at : DEFAULT_BATCH_TIME };
}

/**
 * The checks of a step's batch (codes batch-…, or a finding at the step's `batch`), shown
 * in the batch's own section rather than among the step's other findings.
 */
export function isBatchFinding(finding: Finding): boolean {
  return finding.code.startsWith('batch-');
}

/** Whether the batch section shows: a step with a pool may be made one, one with a batch keeps it. */
export function offersBatch(step: Step): boolean {
  return step.resource !== undefined || step.batch !== undefined;
}

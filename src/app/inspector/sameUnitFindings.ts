/**
 * The checks of a step's `sameUnitAs` (the named step in another pool, or one the customer
 * may not have passed yet, or no step at all), shown under the field that sets it rather
 * than at the top of the step panel, where the designer choosing the step does not see them.
 * A batch that asks for the same unit is the batch section's.
 */
import type { Finding } from '../../model/index.ts';
import { isBatchFinding } from './batchForm.ts';

export function isSameUnitFinding(finding: Finding): boolean {
  return finding.path.endsWith('.sameUnitAs') && !isBatchFinding(finding);
}

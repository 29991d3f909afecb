/** Whether the open blueprint can be run, and if not, why (for the Run control). */
import { type Blueprint, type Finding, hasErrors } from '../../model/index.ts';

export type Runnable =
  | { ok: true }
  | { ok: false; reason: 'nothing-open' }
  | { ok: false; reason: 'errors'; count: number }
  | { ok: false; reason: 'no-arrivals' };

export function runnable(blueprint: Blueprint | null, findings: readonly Finding[]): Runnable {
  if (!blueprint) return { ok: false, reason: 'nothing-open' };
  if (hasErrors(findings)) {
    const count = findings.filter((finding) => finding.severity === 'error').length;
    return { ok: false, reason: 'errors', count };
  }
  const arrives =
    blueprint.arrivals !== undefined ||
    (blueprint.classes ?? []).some((customerClass) => customerClass.arrivals !== undefined);
  return arrives ? { ok: true } : { ok: false, reason: 'no-arrivals' };
}

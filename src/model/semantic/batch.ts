/**
 * Steps done as one batch a day (`batch`, the voucher filing at day end): the pile is
 * worked by the step's pool, so the step needs one; its items are work without the
 * customer done once each, so a failure, a missed call or units kept beyond the step have
 * no meaning there; the customer never waits for it, so `customerPresent: true` is
 * ignored; and in a business day a batch before opening or after closing is said.
 */
import { DEFAULTS } from '../defaults.ts';
import { isProcessStep } from '../graph.ts';
import { minutesOfDay } from '../schema/primitives.ts';
import type { Step } from '../schema/step.ts';
import type { PathSegment, Severity } from '../findings.ts';
import type { FindingCode } from '../wording/findingsEn.ts';
import type { Check, CheckContext } from './context.ts';

export const checkBatches: Check = (context) => {
  context.blueprint.steps.forEach((step, index) => {
    if (!step.batch || !isProcessStep(step)) return;
    const report = (
      severity: Severity,
      code: FindingCode,
      path: PathSegment[],
      variant?: string,
    ): void =>
      context.report({
        severity,
        code,
        path: ['steps', index, ...path],
        ...(variant ? { params: { variant } } : {}),
        stepId: step.id,
      });
    if (!step.resource) return report('error', 'batch-without-pool', ['batch']);
    if (step.failure) report('error', 'batch-with', ['failure'], 'failure');
    if (step.missedCall) report('error', 'batch-with', ['missedCall'], 'missedCall');
    if (step.resource.keepUntil !== undefined && step.resource.keepUntil !== step.id)
      report('error', 'batch-with', ['resource', 'keepUntil'], 'keepUntil');
    if (step.customerPresent === true)
      report('warning', 'batch-customer-present', ['customerPresent']);
    checkBatchTime(context, step, index);
  });
};

/** In a business day the batch's time should fall within the opening hours. */
function checkBatchTime(context: CheckContext, step: Step, index: number): void {
  const at = step.batch!.at;
  const given = context.blueprint.run;
  if (at === 'closing' || given?.mode === 'steady') return;
  const run = given ?? { open: DEFAULTS.open, close: DEFAULTS.close };
  const open = minutesOfDay(run.open);
  const close = minutesOfDay(run.close);
  if (close <= open) return; // reported as closes-before-opening
  const minute = minutesOfDay(at);
  if (minute >= open && minute <= close) return;
  context.report({
    severity: 'warning',
    code: 'batch-outside-day',
    path: ['steps', index, 'batch', 'at'],
    params: { variant: minute < open ? 'before' : 'after', at, open: run.open, close: run.close },
    stepId: step.id,
  });
}

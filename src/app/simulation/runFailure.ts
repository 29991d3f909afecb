/**
 * How a failed run is said next to the Run button: a run the engine's budget stopped in
 * the user's language from its code and numbers, anything else with the error's message.
 */
import type { TFunction } from 'i18next';
import type { BudgetProblem } from '../../sim/index.ts';

export function runFailureText(
  t: TFunction,
  message: string | null,
  problem: BudgetProblem | null,
): string {
  if (!problem) return t('simulation.failed', { message: message ?? '' });
  const { limit, replication } = problem.params;
  const values = { limit, replication: replication + 1 };
  return problem.code === 'events'
    ? t('simulation.budget.events', values)
    : t('simulation.budget.present', values);
}

/**
 * How much one replication may do before it is stopped: a run that would never end (work
 * that keeps making work) or fill the memory (a queue growing for ever) ends with a
 * RunBudgetError instead. The checks catch what can be known before the run; this is the
 * guard for the rest. The defaults are far above any blueprint the checks accept that
 * finishes in reasonable time (docs/blueprint-format.md, 4.9).
 */

export interface RunBudget {
  /** Events one replication may handle: arrivals, service ends, timers, and steps entered. */
  maxEvents: number;
  /** Customers and pieces of background work inside at once. */
  maxPresent: number;
}

export const DEFAULT_BUDGET: RunBudget = { maxEvents: 200_000_000, maxPresent: 1_000_000 };

/** `events`: maxEvents was reached; `present`: maxPresent was. */
export type BudgetCode = 'events' | 'present';

export interface BudgetProblem {
  code: BudgetCode;
  params: {
    /** The limit that was reached. */
    limit: number;
    /** The replication (0-based) that reached it. */
    replication: number;
    /** The run's clock then, in minutes (a business day's clock reads minutes after midnight). */
    minute: number;
  };
}

/** A run stopped by its budget; `problem` says which limit, for the shell to word. */
export class RunBudgetError extends Error {
  constructor(readonly problem: BudgetProblem) {
    super(`run budget reached: ${problem.code} ${problem.params.limit}`);
    this.name = 'RunBudgetError';
  }
}

/** A saved run: the blueprint as it was when it ran, and its results. */
import type { Month } from '../../analysis/month.ts';
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';

export interface Scenario {
  id: string;
  name: string;
  /** ISO 8601 timestamp of when the scenario was saved. */
  createdAt: string;
  blueprint: Blueprint;
  /** For a month, the results of the day type that was shown when it was saved. */
  results: Results;
  /** A month's run: its month of day types. */
  month?: Month;
  /** A what-if's run: its change ("Tellers 5"); absent for a run of the blueprint as it is. */
  variant?: string;
}

/** What a run was of: a month, one of the blueprint's day types, or the blueprint as drawn (''). */
export type RunDay = { month: true } | { month: false; dayType: string };

export function runDayOf(scenario: Pick<Scenario, 'results' | 'month'>): RunDay {
  return scenario.month
    ? { month: true }
    : { month: false, dayType: scenario.results.run.dayType ?? '' };
}

/** Both runs are of the same day (or both months): only then can their replications be paired. */
export function sameRunDay(a: RunDay, b: RunDay): boolean {
  return a.month === b.month && (a.month || b.month || a.dayType === b.dayType);
}

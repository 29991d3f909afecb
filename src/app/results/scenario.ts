/** A saved run: the blueprint as it was when it ran, and its results. */
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';

export interface Scenario {
  id: string;
  name: string;
  /** ISO 8601 timestamp of when the scenario was saved. */
  createdAt: string;
  blueprint: Blueprint;
  results: Results;
}

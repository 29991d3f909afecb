/** What each part of the results panel draws from: the run's results, its blueprint and their names. */
import type { Blueprint } from '../../model/index.ts';
import type { Results } from '../../sim/index.ts';
import type { Names } from './names.ts';

export interface ResultsViewProps {
  results: Results;
  blueprint: Blueprint;
  names: Names;
}

/** The live instant estimate for the blueprint being edited (worker-backed). */
import type { Blueprint } from '../../model/index.ts';
import { PoolEstimatesView } from './PoolEstimatesView.tsx';
import { usePoolEstimates } from './usePoolEstimates.ts';

export function PoolEstimates({ blueprint }: { blueprint: Blueprint | null }) {
  const { result, pending, error } = usePoolEstimates(blueprint);
  return <PoolEstimatesView result={result} pending={pending} error={error} />;
}

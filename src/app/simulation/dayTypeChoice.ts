/**
 * The day type chosen for the next runs (a run option, beside replications and seed): the
 * open blueprint as it runs on that day, for the views that work on the blueprint itself
 * (the estimates, what-if and staffing build their variants from it).
 */
import { useMemo } from 'react';
import { type Blueprint, onDayType } from '../../model/index.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { useRunStore } from './appRunStore.ts';

export function useBlueprintOnChosenDay(): Blueprint | null {
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const dayType = useRunStore((state) => state.options.dayType);
  return useMemo(() => blueprint && onDayType(blueprint, dayType), [blueprint, dayType]);
}

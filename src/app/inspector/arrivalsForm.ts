/** Switching the arrival type keeps what carries over: the entry step and about the same rate. */
import { DEFAULTS, type Arrivals, type Blueprint } from '../../model/index.ts';

export type ArrivalsType = Arrivals['type'];

/** The average rate per hour the arrivals describe, over their periods (undefined for appointments). */
export function averageRate(arrivals: Arrivals | undefined): number | undefined {
  if (arrivals?.type === 'poisson') return arrivals.perHour;
  if (arrivals?.type !== 'profile') return undefined;
  const total = arrivals.periods.reduce((sum, period) => sum + period.perHour, 0);
  return total / arrivals.periods.length;
}

/** The first process step: where customers most likely enter when none is named yet. */
export function defaultEntry(blueprint: Blueprint): string {
  const first = blueprint.steps.find((step) => step.kind === 'action' || step.kind === 'decision');
  return first?.id ?? blueprint.steps[0]?.id ?? 'start';
}

export function switchArrivals(blueprint: Blueprint, type: ArrivalsType): Arrivals {
  const current = blueprint.arrivals;
  const entry = current?.entry ?? defaultEntry(blueprint);
  const perHour = averageRate(current) ?? 30;
  const run = blueprint.run;
  const open = run?.mode === 'day' ? run.open : DEFAULTS.open;
  const close = run?.mode === 'day' ? run.close : DEFAULTS.close;
  switch (type) {
    case 'poisson':
      return { type, entry, perHour };
    case 'profile':
      return { type, entry, periods: [{ from: open, to: close, perHour }] };
    case 'appointments':
      return { type, entry, slots: [{ at: open }] };
  }
}

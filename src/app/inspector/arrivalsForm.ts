/** Switching the arrival type keeps what carries over: the entry step and about the same rate. */
import { DEFAULTS, type Arrivals, type Blueprint } from '../../model/index.ts';

export type ArrivalsType = Arrivals['type'];

/**
 * Which arrival stream an editor works on: the blueprint's own, or one class's. The
 * editor reads the stream from the blueprint shown and writes it into an edit's draft,
 * so one component serves both without knowing where the stream lives.
 */
export interface ArrivalsTarget {
  read: (blueprint: Blueprint) => Arrivals | undefined;
  /** Sets the stream, or removes it when `next` is undefined. */
  write: (draft: Blueprint, next: Arrivals | undefined) => void;
}

export const blueprintArrivals: ArrivalsTarget = {
  read: (blueprint) => blueprint.arrivals,
  write: (draft, next) => {
    if (next === undefined) delete draft.arrivals;
    else draft.arrivals = next;
  },
};

/** A class's own stream; reading or writing a class that is gone does nothing. */
export function classArrivals(classId: string): ArrivalsTarget {
  return {
    read: (blueprint) => blueprint.classes?.find((c) => c.id === classId)?.arrivals,
    write: (draft, next) => {
      const found = draft.classes?.find((c) => c.id === classId);
      if (!found) return;
      if (next === undefined) delete found.arrivals;
      else found.arrivals = next;
    },
  };
}

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

/**
 * The stream `current` switched to `type`. A class's first stream starts where the
 * blueprint's customers do, as that is the likeliest entry for them too.
 */
export function switchArrivals(
  blueprint: Blueprint,
  type: ArrivalsType,
  current: Arrivals | undefined,
): Arrivals {
  const entry = current?.entry ?? blueprint.arrivals?.entry ?? defaultEntry(blueprint);
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

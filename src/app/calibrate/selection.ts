/**
 * The fits as items the user can keep or leave out: each with a key, what it would write
 * and whether the blueprint has a place for it. Leaving items out gives the fits that
 * applyCalibration then writes, so the app and the command line write values the same way.
 */
import { type CalibrationFits, factorWritable } from '../../calibrate/index.ts';
import type { Blueprint } from '../../model/index.ts';

export type FitItemKind =
  | 'arrivals'
  | 'dayFactor'
  | 'service'
  | 'classService'
  | 'patience'
  | 'windows'
  | 'classShares'
  | 'branch'
  | 'failure';

export interface FitItem {
  /** Stable across reads of the same log: `service:c-hand-over`, `arrivals`. */
  readonly key: string;
  readonly kind: FitItemKind;
  /** The step, class, pool or day type it is written to ('' for arrivals and class shares). */
  readonly target: string;
  /** A class's own service time: the class (`target` is the step). */
  readonly class?: string;
  /** false: shown for its figures, but nothing in the blueprint would take it. */
  readonly writable: boolean;
}

function classServiceKey(fit: { step: string; class: string }): string {
  return `class-service:${fit.step}:${fit.class}`;
}

function hasEntry(blueprint: Blueprint): boolean {
  const arrivals = blueprint.arrivals;
  return arrivals !== undefined && arrivals.type !== 'appointments';
}

export function fitItems(blueprint: Blueprint, fits: CalibrationFits): FitItem[] {
  const items: FitItem[] = [];
  if (fits.arrivals !== undefined)
    items.push({ key: 'arrivals', kind: 'arrivals', target: '', writable: hasEntry(blueprint) });
  const factor = fits.dayFactor;
  if (factor !== undefined)
    items.push({
      key: 'dayFactor',
      kind: 'dayFactor',
      target: factor.dayType,
      writable:
        factorWritable(factor.factor.value) &&
        (blueprint.dayTypes ?? []).some((d) => d.id === factor.dayType),
    });
  for (const fit of fits.steps)
    items.push({
      key: `service:${fit.step}`,
      kind: 'service',
      target: fit.step,
      writable: fit.service.ok && blueprint.steps.some((s) => s.id === fit.step),
    });
  for (const fit of fits.classSteps)
    items.push({
      key: classServiceKey(fit),
      kind: 'classService',
      target: fit.step,
      class: fit.class,
      writable:
        fit.service.ok &&
        blueprint.steps.some((s) => s.id === fit.step) &&
        (blueprint.classes ?? []).some((c) => c.id === fit.class),
    });
  for (const fit of fits.patience)
    items.push({
      key: `patience:${fit.class}`,
      kind: 'patience',
      target: fit.class,
      writable: fit.patience.ok && (blueprint.classes ?? []).some((c) => c.id === fit.class),
    });
  if (fits.windows !== undefined) {
    const pool = fits.windows.pool;
    items.push({
      key: 'windows',
      kind: 'windows',
      target: pool ?? '',
      writable: pool !== undefined && (blueprint.resources ?? []).some((p) => p.id === pool),
    });
  }
  if (fits.classShares !== undefined)
    items.push({ key: 'classShares', kind: 'classShares', target: '', writable: true });
  for (const branch of fits.branches)
    items.push({
      key: `branch:${branch.step}`,
      kind: 'branch',
      target: branch.step,
      writable: true,
    });
  // Only failures that bring a case back are fitted (src/calibrate/routes.ts): each has its place.
  for (const failure of fits.failures)
    items.push({
      key: `failure:${failure.step}`,
      kind: 'failure',
      target: failure.step,
      writable: blueprint.steps.some((s) => s.id === failure.step && s.failure !== undefined),
    });
  return items;
}

/** The fits without the items whose keys are in `left`. */
export function keptFits(fits: CalibrationFits, left: ReadonlySet<string>): CalibrationFits {
  const { arrivals, dayFactor, windows, classShares, ...rest } = fits;
  return {
    ...rest,
    ...(arrivals === undefined || left.has('arrivals') ? {} : { arrivals }),
    ...(dayFactor === undefined || left.has('dayFactor') ? {} : { dayFactor }),
    ...(windows === undefined || left.has('windows') ? {} : { windows }),
    ...(classShares === undefined || left.has('classShares') ? {} : { classShares }),
    steps: fits.steps.filter((fit) => !left.has(`service:${fit.step}`)),
    classSteps: fits.classSteps.filter((fit) => !left.has(classServiceKey(fit))),
    patience: fits.patience.filter((fit) => !left.has(`patience:${fit.class}`)),
    branches: fits.branches.filter((fit) => !left.has(`branch:${fit.step}`)),
    failures: fits.failures.filter((fit) => !left.has(`failure:${fit.step}`)),
  };
}

/** Whether applying would write anything: some kept item has a place in the blueprint. */
export function writesAnything(items: readonly FitItem[], left: ReadonlySet<string>): boolean {
  return items.some((item) => item.writable && !left.has(item.key));
}

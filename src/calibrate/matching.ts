/**
 * Which step and which customer class a log's business type (存款) or activity
 * ("Document check") stands for: the map's word first (`steps`, `classes`), else the
 * blueprint's own names, matched exactly once case, spaces and full-width forms are set
 * aside (a step's or class's id, or its label in any language). A name that matches
 * nothing is reported, never guessed at: containing one another is not a match («存款»
 * is in «录入存款交易», a step).
 */
import type { Blueprint, CustomerClass, Step } from '../model/index.ts';
import { normalizeHeader } from './logs/index.ts';

/** The map's calibration part (src/calibrate/logs/mapping.ts). */
export interface NameMap {
  steps?: Readonly<Record<string, string>>;
  classes?: Readonly<Record<string, string>>;
  pool?: string;
}

export interface NameMatch {
  /** The step the name's durations belong to; undefined: none. */
  step?: string;
  /** The customer class of the name's tickets; undefined: none. */
  class?: string;
  /** The map named a step or class this blueprint does not have. */
  unknownStep?: string;
  unknownClass?: string;
}

/** Steps whose duration a log can measure: customers pass through them. */
function measurable(step: Step): boolean {
  return step.kind === 'action' || step.kind === 'decision';
}

function namesOf(item: { id: string; label: Step['label'] }): string[] {
  const labels = typeof item.label === 'string' ? [item.label] : Object.values(item.label);
  return [item.id, ...labels].map(normalizeHeader);
}

function findByName<T extends { id: string; label: Step['label'] }>(
  items: readonly T[],
  name: string,
): T | undefined {
  const wanted = normalizeHeader(name);
  if (wanted === '') return undefined;
  const found = items.filter((item) => namesOf(item).includes(wanted));
  return found.length === 1 ? found[0] : undefined;
}

/** Resolves names one at a time, each once: the log may have millions of rows, few names. */
export function createNameMatcher(blueprint: Blueprint, map: NameMap = {}) {
  const steps = blueprint.steps.filter(measurable);
  const classes: readonly CustomerClass[] = blueprint.classes ?? [];
  const known = new Map<string, NameMatch>();
  return (name: string): NameMatch => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    const match: NameMatch = {};
    const stepId = map.steps?.[name];
    if (stepId !== undefined) {
      if (steps.some((step) => step.id === stepId)) match.step = stepId;
      else match.unknownStep = stepId;
    } else {
      const step = findByName(steps, name);
      if (step !== undefined) match.step = step.id;
    }
    const classId = map.classes?.[name];
    if (classId !== undefined) {
      if (classes.some((c) => c.id === classId)) match.class = classId;
      else match.unknownClass = classId;
    } else {
      const found = findByName(classes, name);
      if (found !== undefined) match.class = found.id;
    }
    known.set(name, match);
    return match;
  };
}

export type NameMatcher = ReturnType<typeof createNameMatcher>;

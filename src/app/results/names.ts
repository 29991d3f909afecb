/** Names of steps, pools and classes in the UI's language, by id; the id when the blueprint lacks it. */
import { type Blueprint, textIn } from '../../model/index.ts';

export interface Names {
  step: (id: string) => string;
  pool: (id: string) => string;
  /** Null for the implicit class of a blueprint without classes: the caller names it. */
  customerClass: (id: string) => string | null;
}

export function namesIn(blueprint: Blueprint, language: string): Names {
  const steps = new Map(blueprint.steps.map((step) => [step.id, step.label]));
  const pools = new Map((blueprint.resources ?? []).map((pool) => [pool.id, pool.label]));
  const classes = new Map((blueprint.classes ?? []).map((c) => [c.id, c.label]));
  const named = (labels: Map<string, Parameters<typeof textIn>[0]>, id: string): string => {
    const label = labels.get(id);
    const text = label === undefined ? '' : textIn(label, language).trim();
    return text === '' ? id : text;
  };
  return {
    step: (id) => named(steps, id),
    pool: (id) => named(pools, id),
    customerClass: (id) => (classes.size === 0 ? null : named(classes, id)),
  };
}

/** Adding and removing customer classes; flows name classes, so removal cleans them up. */
import type { Blueprint, CustomerClass } from '../../model/index.ts';
import { freshId } from '../editor/commands/ids.ts';

export function addClass(draft: Blueprint, label: { en: string; 'zh-CN': string }): string {
  const classes = (draft.classes ??= []);
  const id = freshId('class', new Set(classes.map((c) => c.id)));
  classes.push({ id, label });
  return id;
}

/** Removes a class and every flow's mention of it (a flow left for no class applies to all). */
export function removeClass(draft: Blueprint, id: string): void {
  draft.classes = (draft.classes ?? []).filter((c) => c.id !== id);
  if (draft.classes.length === 0) delete draft.classes;
  for (const flow of draft.flows) {
    if (flow.classes) {
      flow.classes = flow.classes.filter((c) => c !== id);
      if (flow.classes.length === 0) delete flow.classes;
    }
    if (flow.classProbability) {
      Reflect.deleteProperty(flow.classProbability, id);
      if (Object.keys(flow.classProbability).length === 0) delete flow.classProbability;
    }
  }
}

export function updateClass(
  draft: Blueprint,
  id: string,
  change: (c: CustomerClass) => void,
): void {
  const found = draft.classes?.find((c) => c.id === id);
  if (found) change(found);
}

/** Ids must be unique within their list: flows, results and the command line name things by id. */
import type { Check } from './context.ts';

const LISTS = ['steps', 'flows', 'phases', 'resources', 'classes', 'dayTypes'] as const;

export const checkDuplicateIds: Check = ({ blueprint, report }) => {
  for (const list of LISTS) {
    const items: readonly { id: string }[] = blueprint[list] ?? [];
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      const first = firstIndex.get(item.id);
      if (first === undefined) {
        firstIndex.set(item.id, index);
        return;
      }
      report({
        severity: 'error',
        code: 'duplicate-id',
        path: [list, index, 'id'],
        params: { id: item.id, list, first },
        ...(list === 'steps' ? { stepId: item.id } : {}),
      });
    });
  }
};

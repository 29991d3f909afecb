/** The names of a blueprint's steps, classes, pools and flows' targets in the UI's language, by id. */
import { useMemo } from 'react';
import type { Blueprint } from '../../model/index.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';

export interface BlueprintNames {
  step: (id: string) => string;
  class: (id: string) => string;
  pool: (id: string) => string;
  /** A flow by its id, named by the step it leads to. */
  flowTarget: (id: string) => string;
  dayType: (id: string) => string;
}

export function useBlueprintNames(blueprint: Blueprint): BlueprintNames {
  const text = useLocalizedText();
  return useMemo(() => {
    const step = (id: string) => {
      const found = blueprint.steps.find((s) => s.id === id);
      return (found && text(found.label)) || id;
    };
    return {
      step,
      class: (id) => {
        const found = blueprint.classes?.find((c) => c.id === id);
        return (found && text(found.label)) || id;
      },
      pool: (id) => {
        const found = blueprint.resources?.find((p) => p.id === id);
        return (found && text(found.label)) || id;
      },
      flowTarget: (id) => {
        const flow = blueprint.flows.find((f) => f.id === id);
        return flow ? step(flow.to) : id;
      },
      dayType: (id) => {
        const found = blueprint.dayTypes?.find((d) => d.id === id);
        return (found && text(found.label)) || id;
      },
    };
  }, [blueprint, text]);
}

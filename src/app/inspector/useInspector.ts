/** Store access and problem wording shared by the inspector's panels. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import type { NumberProblem } from './numbers.ts';

/** One undoable edit of the open blueprint. */
export function useEdit(): (command: (draft: Blueprint) => void) => void {
  return useBlueprintStore((state) => state.edit);
}

/** The open blueprint; panels are only shown when there is one. */
export function useBlueprint(): Blueprint {
  // Optional chaining: a store update may reach this selector just before the parent
  // unmounts the panel (document closed), and a selector must not throw then.
  return useBlueprintStore((state) => state.document?.blueprint) as Blueprint;
}

/** A number problem in the UI language ("Enter a number of at least 1"). */
export function useNumberProblem(): (problem: NumberProblem) => string {
  const { t } = useTranslation();
  return useCallback(
    (problem: NumberProblem) => {
      switch (problem.code) {
        case 'atLeast':
        case 'above':
        case 'atMost':
          return t(`inspector.problem.${problem.code}`, { limit: problem.limit });
        default:
          return t(`inspector.problem.${problem.code}`);
      }
    },
    [t],
  );
}

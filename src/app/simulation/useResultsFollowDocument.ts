/** Results belong to the open document: opening another one puts them away. */
import { useEffect, useRef } from 'react';
import { useBlueprintStore } from '../store/appStore.ts';
import { useRunStore } from './appRunStore.ts';

export function useResultsFollowDocument(): void {
  const documentSerial = useBlueprintStore((state) => state.documentSerial);
  const forgetResults = useRunStore((state) => state.forgetResults);
  const seen = useRef(documentSerial);
  useEffect(() => {
    if (seen.current === documentSerial) return;
    seen.current = documentSerial;
    forgetResults();
  }, [documentSerial, forgetResults]);
}

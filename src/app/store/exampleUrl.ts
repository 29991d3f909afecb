/** `?example=<id>` in the address: opens an example, and follows the one that is open. */
import type { BlueprintStore } from './blueprintStore.ts';

const PARAM = 'example';

export function exampleFromSearch(search: string): string | undefined {
  return new URLSearchParams(search).get(PARAM) ?? undefined;
}

/** Keeps the address naming the open example, so a reload or a shared link shows it again. */
export function syncExampleToUrl(store: BlueprintStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.document === previous.document || state.document?.origin.kind !== 'example') return;
    const url = new URL(window.location.href);
    url.searchParams.set(PARAM, state.document.origin.exampleId);
    window.history.replaceState(window.history.state, '', url);
  });
}

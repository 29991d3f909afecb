/** The one store instance the app uses, over the bundled examples. */
import { BUNDLED_EXAMPLES } from '../examples/bundledExamples.ts';
import { createBlueprintStore } from './blueprintStore.ts';
import { exampleFromSearch } from './exampleUrl.ts';

export const useBlueprintStore = createBlueprintStore(
  BUNDLED_EXAMPLES,
  exampleFromSearch(window.location.search),
);

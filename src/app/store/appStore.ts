/** The one store instance the app uses, over the bundled examples. */
import { BUNDLED_EXAMPLES } from '../examples/bundledExamples.ts';
import { createBlueprintStore } from './blueprintStore.ts';
import { demoFromSearch } from '../playback/playbackMode.ts';
import { exampleFromSearch } from './exampleUrl.ts';

// A demo link opens its example from the start: a tab still in playback from an earlier
// lesson shows no header, whose Play button would otherwise open it (a trainer's second
// demo link showed the first one's default example).
export const useBlueprintStore = createBlueprintStore(
  BUNDLED_EXAMPLES,
  exampleFromSearch(window.location.search) ?? demoFromSearch(window.location.search),
);

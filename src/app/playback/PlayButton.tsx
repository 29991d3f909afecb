/**
 * The header's way into playback: Play (the open blueprint, playing at once) and, when
 * another blueprint is open, the one-click demo (the counter-deposit example, playing at
 * once). Also opens playback, paused and ready, when the address says `?demo=<example>`.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmReplacingWork } from '../files/confirmReplace.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { DEMO_EXAMPLE_ID, demoFromSearch, usePlaybackMode } from './playbackMode.ts';
import '../styles/playback.css';

/** Opens the example unless it is already open and unedited; false when the user says no or it does not exist. */
function openDemoExample(exampleId: string, ask: boolean): boolean {
  const state = useBlueprintStore.getState();
  const origin = state.document?.origin;
  const unedited = state.document?.blueprint === state.savedBlueprint;
  if (origin?.kind === 'example' && origin.exampleId === exampleId && unedited) return true;
  if (ask && !confirmReplacingWork(useBlueprintStore)) return false;
  return state.openExample(exampleId);
}

export function PlayButton() {
  const { t } = useTranslation();
  const enter = usePlaybackMode((state) => state.enter);
  const canPlay = useBlueprintStore((state) => Boolean(state.document?.blueprint));
  // With the demo example open and unedited, Play is the demo: one button is enough.
  const demoOpen = useBlueprintStore(
    (state) =>
      state.document?.origin.kind === 'example' &&
      state.document.origin.exampleId === DEMO_EXAMPLE_ID &&
      state.document.blueprint === state.savedBlueprint,
  );

  useEffect(() => {
    const demo = demoFromSearch(window.location.search);
    if (demo && openDemoExample(demo, false)) enter();
  }, [enter]);

  return (
    <div className="play-entry" role="group" aria-label={t('playback.heading')}>
      <button
        type="button"
        className="play-entry__button"
        title={t('playback.playHint')}
        disabled={!canPlay}
        onClick={() => enter({ autoplay: true })}
      >
        <span aria-hidden="true">▶ </span>
        {t('playback.play')}
      </button>
      {!demoOpen && (
        <button
          type="button"
          className="play-entry__button play-entry__button--demo"
          title={t('playback.demoHint')}
          // The visible word is short (the header is full); the name says which example.
          aria-label={t('playback.demoName')}
          onClick={() => {
            if (openDemoExample(DEMO_EXAMPLE_ID, true)) enter({ autoplay: true });
          }}
        >
          {t('playback.demo')}
        </button>
      )}
    </div>
  );
}

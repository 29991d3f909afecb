/**
 * Playback mode: the open blueprint running, customers as tokens. In "play" a slim bar
 * (back to the editor, presentation, language) sits on top; "present" hides it for a
 * room: large clock and counters, the stage as big as the window allows, Escape leaves.
 * The blueprint is only read here.
 */
import { useEffect, useState } from 'react';
import { useCommands } from '../keyboard/commands.ts';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import { LanguageSwitch } from '../header/LanguageSwitch.tsx';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import type { PlaybackDriver } from './playbackDriver.ts';
import { playbackFailureText } from './playbackError.ts';
import { type PlaybackMode, leavePlayback, usePlaybackMode } from './playbackMode.ts';
import { PlaybackHud } from './PlaybackHud.tsx';
import { PlaybackStage } from './PlaybackStage.tsx';
import { PoolPanel } from './PoolPanel.tsx';
import { TransportBar } from './TransportBar.tsx';
import { usePlaybackDriver, usePlaybackStatus } from './usePlayback.ts';
import '../styles/playback.css';

/**
 * The smallest text in Present, as a share of the screen's height (2.6vh in playback.css):
 * a class reads it from the back row at any size, 19 px on a 1280×720 projector, 56 px on 4K.
 */
const PRESENT_MIN_TEXT = 0.026;
/** The smallest text on the stage while playing (the editor's small type). */
const PLAY_MIN_TEXT_PX = 13;

export function PlaybackView() {
  const { t } = useTranslation();
  const blueprint = useBlueprintStore((state) => state.document?.blueprint ?? null);
  const mode = usePlaybackMode((state) => state.mode);
  const setMode = usePlaybackMode((state) => state.setMode);
  if (!blueprint) {
    return (
      <div className="playback">
        <p className="playback__message">{t('canvas.nothingOpen')}</p>
        <button type="button" onClick={leavePlayback}>
          {t('playback.backToEditor')}
        </button>
      </div>
    );
  }
  return <PlaybackOf blueprint={blueprint} mode={mode} setMode={setMode} />;
}

function PlaybackOf({
  blueprint,
  mode,
  setMode,
}: {
  blueprint: Blueprint;
  mode: PlaybackMode;
  setMode: (mode: PlaybackMode) => void;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const autoplay = usePlaybackMode((state) => state.autoplay);
  const driver = usePlaybackDriver(blueprint, autoplay);
  const status = usePlaybackStatus(driver);
  usePlaybackKeys(driver, mode, setMode);
  const viewportHeight = useViewportHeight();
  const present = mode === 'present';

  return (
    <div
      className={`playback${present ? ' playback--present' : ''}`}
      data-testid="playback"
      data-mode={mode}
    >
      {!present && (
        <header className="playback-bar">
          <button type="button" onClick={leavePlayback}>
            <span aria-hidden="true">← </span>
            {t('playback.backToEditor')}
          </button>
          <h1 className="playback-bar__title">{text(blueprint.name)}</h1>
          <span className="playback-bar__hint">{t('playback.keyboardHint')}</span>
          <button
            type="button"
            title={t('playback.presentHint')}
            aria-keyshortcuts="F"
            onClick={() => setMode('present')}
          >
            {t('playback.present')}
          </button>
          <LanguageSwitch />
        </header>
      )}
      {present && (!driver || !status || status.phase === 'error') && (
        <LeavePresent onLeave={() => setMode('play')} />
      )}
      {!driver || !status ? (
        <p className="playback__message">{t('playback.starting')}</p>
      ) : status.phase === 'error' ? (
        <p className="playback__message playback__message--error" role="alert">
          {playbackFailureText(t, status)}
        </p>
      ) : (
        <>
          <PlaybackHud driver={driver} status={status} />
          <PlaybackStage
            blueprint={blueprint}
            driver={driver}
            status={status}
            minTextPx={present ? viewportHeight * PRESENT_MIN_TEXT : PLAY_MIN_TEXT_PX}
          />
          <PoolPanel blueprint={blueprint} driver={driver} status={status} />
          <TransportBar driver={driver} status={status}>
            {present && <LeavePresent onLeave={() => setMode('play')} />}
          </TransportBar>
          {!present && (
            <p className="playback__honest">
              {t('playback.tokensLegend')} · {t('playback.liveChanges')} · {t('playback.honest')}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** In the controls' row, so it never covers the counters, however wide they grow. */
function LeavePresent({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="playback__leave" onClick={onLeave}>
      {t('playback.leavePresent')}
    </button>
  );
}

/**
 * Space plays or pauses, → runs to the next event, F presents, Escape leaves presentation:
 * whatever has focus (a slider just moved, a button just pressed), except a text field.
 */
function usePlaybackKeys(
  driver: PlaybackDriver | null,
  mode: PlaybackMode,
  setMode: (mode: PlaybackMode) => void,
): void {
  useCommands([
    {
      id: 'playback.toggle',
      keys: ['Space'],
      enabled: () => driver !== null,
      run: () => driver?.toggle(),
    },
    {
      // On a focused slider too: → is the next event here, never a faster speed.
      id: 'playback.nextEvent',
      keys: ['ArrowRight'],
      enabled: () => driver !== null,
      run: () => driver?.stepEvent(),
    },
    {
      id: 'playback.present',
      keys: ['F'],
      run: () => setMode(mode === 'present' ? 'play' : 'present'),
    },
    {
      id: 'playback.leavePresent',
      keys: ['Escape'],
      inTextFields: true,
      enabled: () => mode === 'present',
      run: () => setMode('play'),
    },
  ]);
}

/** The window's inner height in CSS px, kept current (zooming the page changes it too). */
function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

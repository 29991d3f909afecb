/**
 * Playback mode: the open blueprint running, customers as tokens. In "play" a slim bar
 * (back to the editor, presentation, language) sits on top; "present" hides it for a
 * room: large clock and counters, the stage as big as the window allows, Escape leaves.
 * The blueprint is only read here.
 */
import { type MouseEvent, type PointerEvent, useEffect, useState } from 'react';
import { useCommands } from '../keyboard/commands.ts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import { LanguageSwitch } from '../header/LanguageSwitch.tsx';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import type { PlaybackDriver, PlaybackStatus } from './playbackDriver.ts';
import { eventText } from './eventWording.ts';
import {
  escapeLeavesFullScreen,
  exitFullScreen,
  toggleFullScreen,
  useFullScreen,
} from './fullScreen.ts';
import { playbackFailureText } from './playbackError.ts';
import { type PlaybackMode, leavePlayback, usePlaybackMode } from './playbackMode.ts';
import { PlaybackHud } from './PlaybackHud.tsx';
import { PlaybackStage } from './PlaybackStage.tsx';
import { PoolPanel, UnitLegend } from './PoolPanel.tsx';
import { TransportBar } from './TransportBar.tsx';
import { type PlaybackLesson, usePlaybackDriver, usePlaybackStatus } from './usePlayback.ts';
import { useShortWindow } from './useShortWindow.ts';
import { useSquareScreen } from './useSquareScreen.ts';
import '../styles/playback.css';
import '../styles/playbackStage.css';
import '../styles/playbackControls.css';
import '../styles/playbackPresent.css';
import '../styles/playbackShort.css';

/**
 * The stage's text in Present (step and lane names, queue counts), as a share of the
 * screen's height: the class's floor, 2.5 % (18 px on a 1280×720 projector, 54 px on 4K),
 * every line of it given to the names; the rest of the view is at 2.6vh and up
 * (playback.css).
 */
const PRESENT_STAGE_TEXT = 0.025;
/** Present has no smaller type: a name is never shrunk under the stage's text. */
const PRESENT_FLOOR_TEXT = PRESENT_STAGE_TEXT;
/** The smallest text on the stage while playing (the editor's small type). */
const PLAY_MIN_TEXT_PX = 13;
/** The least a step's name shrinks to while playing, to be shown whole. */
const PLAY_FLOOR_TEXT_PX = 11;

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
  const lesson = usePlaybackDriver(blueprint, autoplay);
  const { driver } = lesson;
  const status = usePlaybackStatus(driver);
  usePlaybackKeys(driver, mode, setMode);
  const viewportHeight = useViewportHeight();
  const squareScreen = useSquareScreen();
  const present = mode === 'present';
  // A short window plays with Present's compact controls (playbackShort.css).
  const short = useShortWindow() && !present;
  const compact = present || short;
  // A squarer screen's counters leave room beside them; its pools then keep one line.
  const legendInHud = present && squareScreen;
  const message = useHudMessage(blueprint, status, lesson);
  // Full screen is part of presenting: leaving it (or playback) leaves full screen too.
  useEffect(() => {
    if (!present) exitFullScreen();
  }, [present]);
  useEffect(() => exitFullScreen, []);

  return (
    <div
      className={`playback${present ? ' playback--present' : ''}${short ? ' playback--short' : ''}`}
      data-testid="playback"
      data-mode={mode}
      onClick={leaveClickedButton}
      onPointerDown={markClickedSlider}
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
          <FullScreenButton onEnter={() => setMode('present')} />
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
          <PlaybackHud
            driver={driver}
            status={status}
            message={message}
            aside={legendInHud && <UnitLegend />}
          />
          <PlaybackStage
            blueprint={blueprint}
            driver={driver}
            status={status}
            minTextPx={present ? viewportHeight * PRESENT_STAGE_TEXT : PLAY_MIN_TEXT_PX}
            floorTextPx={present ? viewportHeight * PRESENT_FLOOR_TEXT : PLAY_FLOOR_TEXT_PX}
            highlight={status.lastEvent?.stepId ?? null}
            note={short ? honestNote(t) : undefined}
          />
          <PoolPanel
            blueprint={blueprint}
            driver={driver}
            status={status}
            compact={compact}
            legendElsewhere={legendInHud}
          />
          <TransportBar
            driver={driver}
            status={status}
            compact={compact}
            stacked={short || present}
          >
            {present && (
              <>
                <FullScreenButton icon />
                <LeavePresent icon onLeave={() => setMode('play')} />
              </>
            )}
          </TransportBar>
          {!present && !short && <p className="playback__honest">{honestNote(t)}</p>}
        </>
      )}
    </div>
  );
}

/** What the tokens are and how far playback is the results' own run (under the controls). */
function honestNote(t: TFunction): string {
  return `${t('playback.tokensLegend')} · ${t('playback.liveChanges')} · ${t('playback.honest')}`;
}

/** The line under the counters: what "Next event" ran to, or where the lesson is. */
function useHudMessage(
  blueprint: Blueprint,
  status: PlaybackStatus | null,
  { restarted, restoredAt }: Pick<PlaybackLesson, 'restarted' | 'restoredAt'>,
): string | null {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const event = status?.lastEvent;
  if (event) {
    const step = blueprint.steps.find((s) => s.id === event.stepId);
    const poolId = status.info?.pools[event.pool]?.id ?? '';
    const pool = blueprint.resources?.find((r) => r.id === poolId);
    return eventText(
      t,
      event,
      step ? text(step.label) : event.stepId,
      pool ? text(pool.label) || poolId : poolId,
    );
  }
  const frame = status?.frame;
  if (!frame || !status.info || status.playing) return null;
  if (restoredAt !== null && frame.clock === restoredAt) return t('playback.lessonRestored');
  const untouched = frame.clock <= status.info.start && frame.history.length === 0;
  return restarted && untouched ? t('playback.lessonRestarted') : null;
}

/**
 * Full screen on and off (Shift+F too); from play, it presents as well. `icon`: drawn as
 * an icon (Present's one row of controls), its words in its tooltip and accessible name.
 */
function FullScreenButton({ onEnter, icon = false }: { onEnter?: () => void; icon?: boolean }) {
  const { t } = useTranslation();
  const active = useFullScreen();
  const name = t(active ? 'playback.leaveFullScreen' : 'playback.fullScreen');
  return (
    <button
      type="button"
      className={`playback__full-screen${icon ? ' playback__icon' : ''}`}
      title={icon ? `${name} (${t('playback.fullScreenHint')})` : t('playback.fullScreenHint')}
      aria-label={icon ? name : undefined}
      aria-keyshortcuts="Shift+F"
      aria-pressed={active}
      data-testid="playback-full-screen"
      onClick={() => {
        if (!active) onEnter?.();
        toggleFullScreen();
      }}
    >
      {icon ? <FullScreenIcon leave={active} /> : name}
    </button>
  );
}

/** In the controls' row, so it never covers the counters, however wide they grow. */
function LeavePresent({ onLeave, icon = false }: { onLeave: () => void; icon?: boolean }) {
  const { t } = useTranslation();
  const name = t('playback.leavePresent');
  return (
    <button
      type="button"
      className={`playback__leave${icon ? ' playback__icon' : ''}`}
      title={icon ? `${name} (Esc)` : undefined}
      aria-label={icon ? name : undefined}
      aria-keyshortcuts="Escape"
      onClick={onLeave}
    >
      {icon ? <LeaveIcon /> : name}
    </button>
  );
}

/** Four corners pointing out (full screen), or in (leave it). */
function FullScreenIcon({ leave }: { leave: boolean }) {
  const corners = leave
    ? 'M8 3v5H3M16 3v5h5M8 21v-5H3M16 21v-5h5'
    : 'M3 8V3h5M21 8V3h-5M3 16v5h5M21 16v5h-5';
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="playback__icon-svg">
      <path d={corners} />
    </svg>
  );
}

/** A cross: Present's way back to the playback view. */
function LeaveIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="playback__icon-svg">
      <path d="M5 5l14 14M19 5L5 19" />
    </svg>
  );
}

/**
 * Space plays or pauses, → runs to the next event, F presents, Shift+F goes full screen
 * (presenting), Escape leaves full screen first, as the browser's own Esc does, and the
 * presentation on a second press, and Play for the editor on a third: whatever has focus (a slider just moved, a button just
 * pressed), except a text field.
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
      // Full screen needs a gesture: this key press is one.
      id: 'playback.fullScreen',
      keys: ['Shift+F'],
      run: () => {
        if (mode !== 'present') setMode('present');
        toggleFullScreen();
      },
    },
    {
      id: 'playback.leavePresent',
      keys: ['Escape'],
      inTextFields: true,
      enabled: () => mode === 'present',
      run: () => {
        if (!escapeLeavesFullScreen()) setMode('play');
      },
    },
    {
      // In Play, as its hint says: back to the editor (the lesson is kept for the way back).
      id: 'playback.leave',
      keys: ['Escape'],
      enabled: () => mode === 'play',
      run: leavePlayback,
    },
  ]);
}

/**
 * A button clicked with the mouse gives its focus back: the shortcuts work whatever has
 * focus, and Chromium draws the keyboard's focus ring on a clicked button as soon as a key
 * is pressed (Space to play, after a click on a pool's +). A button pressed from the
 * keyboard (no clicks counted, `detail` 0) keeps its focus and its ring.
 */
function leaveClickedButton(event: MouseEvent<HTMLElement>): void {
  if (event.detail === 0 || !(event.target instanceof Element)) return;
  const button = event.target.closest('button');
  if (button instanceof HTMLElement) button.blur();
}

/**
 * A slider pressed with the mouse or a finger is marked until it loses focus, so it draws
 * no keyboard ring when Space or F is pressed after (playback.css); a slider reached with
 * Tab is not marked and shows its ring.
 */
function markClickedSlider(event: PointerEvent<HTMLElement>): void {
  const slider = event.target;
  if (!(slider instanceof HTMLInputElement) || slider.type !== 'range') return;
  if (slider.hasAttribute(CLICKED)) return;
  slider.setAttribute(CLICKED, '');
  slider.addEventListener('blur', () => slider.removeAttribute(CLICKED), { once: true });
}
const CLICKED = 'data-clicked';

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

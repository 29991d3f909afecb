/**
 * The line between the canvas and the unfolded dock: drag it (or focus it and press
 * Up/Down, Home/End) to give the canvas or the results more room. The height is kept
 * between a usable minimum and most of the window, and remembered.
 */
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useLayoutPreferences } from '../header/layoutPreferences.ts';

const MIN_HEIGHT = 140;
/** The canvas keeps at least this share of the window. */
const MAX_SHARE = 0.7;
const KEY_STEP = 40;

/**
 * The panel's height until the user drags it: under a quarter of the window and never
 * more than 260 px, so that after a run the canvas above still shows the five lanes of the
 * deposit example at a readable zoom at 1440×900 (30 %, 270 px, hid half the support lane;
 * 38 % left one lane).
 */
export function defaultDockHeight(windowHeight: number): number {
  return Math.round(Math.min(260, windowHeight * 0.23));
}

export function clampDockHeight(height: number, windowHeight: number): number {
  return Math.round(Math.min(Math.max(height, MIN_HEIGHT), windowHeight * MAX_SHARE));
}

export function DockResizer({ panelId, height }: { panelId: string; height: number }) {
  const { t } = useTranslation();
  const setDockHeight = useLayoutPreferences((state) => state.setDockHeight);
  const resize = (next: number) => setDockHeight(clampDockHeight(next, window.innerHeight));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const startY = event.clientY;
    const startHeight = height;
    const move = (moveEvent: globalThis.PointerEvent) =>
      resize(startHeight + (startY - moveEvent.clientY));
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const by = { ArrowUp: KEY_STEP, ArrowDown: -KEY_STEP }[event.key];
    if (by !== undefined) resize(height + by);
    else if (event.key === 'Home') resize(window.innerHeight);
    else if (event.key === 'End') resize(0);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="dock__resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-controls={panelId}
      aria-label={t('simulation.resizeDock')}
      aria-valuenow={height}
      aria-valuemin={MIN_HEIGHT}
      aria-valuemax={Math.round(window.innerHeight * MAX_SHARE)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}

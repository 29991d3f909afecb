/**
 * The browser's full screen for the presentation: the whole page fills the projector, no
 * tabs, no address bar. The browser asks for a user gesture (a key or a click: the
 * command registry and the button both are one) and leaves full screen itself on Esc.
 */
import { useEffect, useState } from 'react';

/**
 * How long after the browser left full screen on its own an Escape still counts as that
 * same press: a browser that also hands the key to the page may do so after its
 * `fullscreenchange`. Shorter than a person presses Esc twice on purpose.
 */
const SAME_PRESS_MS = 400;

/** The page asked to leave full screen and has not yet heard that it did. */
let exitAsked = false;
/** When the browser (not the page) last left full screen, in performance.now() ms. */
let leftByBrowserAt = -Infinity;

if (typeof document !== 'undefined')
  document.addEventListener('fullscreenchange', () => {
    if (isFullScreen()) return;
    if (!exitAsked) leftByBrowserAt = performance.now();
    exitAsked = false;
  });

export function isFullScreen(): boolean {
  return document.fullscreenElement !== null;
}

/** Enters or leaves full screen; a refusal (no gesture, not allowed in a frame) changes nothing. */
export function toggleFullScreen(): void {
  if (isFullScreen()) exitFullScreen();
  else
    document.documentElement.requestFullscreen?.().catch(() => {
      // Refused: the presentation goes on in the window.
    });
}

export function exitFullScreen(): void {
  if (!isFullScreen()) return;
  exitAsked = true;
  document.exitFullscreen().catch(() => {
    exitAsked = false;
  });
}

/**
 * Whether an Escape press is full screen's own: in full screen it leaves full screen
 * (and nothing more); just after the browser left full screen on this press, it is
 * spent. Either way the caller does nothing else with it, so one Esc leaves full screen
 * and a second one leaves the presentation, whichever order the browser tells the two.
 */
export function escapeLeavesFullScreen(): boolean {
  if (isFullScreen()) {
    exitFullScreen();
    return true;
  }
  if (performance.now() - leftByBrowserAt > SAME_PRESS_MS) return false;
  leftByBrowserAt = -Infinity;
  return true;
}

/** Whether the page is in full screen now, kept current. */
export function useFullScreen(): boolean {
  const [active, setActive] = useState(isFullScreen);
  useEffect(() => {
    const onChange = () => setActive(isFullScreen());
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return active;
}

/**
 * The browser's full screen for the presentation: the whole page fills the projector, no
 * tabs, no address bar. The browser asks for a user gesture (a key or a click: the
 * command registry and the button both are one) and leaves full screen itself on Esc.
 */
import { useEffect, useState } from 'react';

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
  if (isFullScreen()) document.exitFullscreen().catch(() => undefined);
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

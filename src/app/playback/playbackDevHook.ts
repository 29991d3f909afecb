/**
 * A door for the browser tests and scripts/measure-playback.ts, in development builds
 * only: the engine's own snapshot (to compare with what the page shows), the playback
 * status, and where tokens were drawn. Production builds drop it.
 */
import type { PlaybackDevHook } from './playbackDevHookType.ts';
import type { PlaybackDriver } from './playbackDriver.ts';

declare global {
  interface Window {
    __playback?: PlaybackDevHook;
  }
}

export function installPlaybackDevHook(driver: PlaybackDriver): () => void {
  if (!import.meta.env.DEV) return () => undefined;
  const hook: PlaybackDevHook = {
    snapshot: () => driver.requestSnapshot(),
    status: () => driver.getStatus(),
    tokenPositions: () => driver.tokenPositions(),
    drawnQueues: () => driver.drawnQueues(),
    setSpeed: (speed) => driver.setSpeed(speed),
    setRateFactor: (factor) => driver.setRateFactor(factor),
  };
  window.__playback = hook;
  return () => {
    if (window.__playback === hook) delete window.__playback;
  };
}

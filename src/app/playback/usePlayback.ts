/**
 * The playback driver of a mounted playback view: one worker and one engine per view,
 * started with the blueprint, ended when the view closes. React reads the driver's status
 * (a few times a second while playing), never per animation frame.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Blueprint } from '../../model/index.ts';
import { PlaybackDriver, type PlaybackStatus } from './playbackDriver.ts';
import { installPlaybackDevHook } from './playbackDevHook.ts';

export function usePlaybackDriver(blueprint: Blueprint, autoplay: boolean): PlaybackDriver | null {
  const [driver, setDriver] = useState<PlaybackDriver | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('./playback.worker.ts', import.meta.url), {
      type: 'module',
    });
    const created = new PlaybackDriver(worker);
    created.start(blueprint, null, autoplay);
    const removeHook = installPlaybackDevHook(created);
    // The driver lives exactly as long as this effect: state is the way to hand it to render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDriver(created);
    return () => {
      removeHook();
      created.dispose();
      setDriver(null);
    };
    // Autoplay is how the view was opened: changing it later must not restart the engine.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blueprint]);
  return driver;
}

const noDriver = (): (() => void) => () => undefined;
const nothing = (): null => null;

export function usePlaybackStatus(driver: PlaybackDriver | null): PlaybackStatus | null {
  return useSyncExternalStore(driver?.subscribe ?? noDriver, driver?.getStatus ?? nothing);
}

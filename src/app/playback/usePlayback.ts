/**
 * The playback driver of a mounted playback view: one worker and one engine per view,
 * started with the blueprint, ended when the view closes. React reads the driver's status
 * (a few times a second while playing), never per animation frame.
 *
 * The trainer's lesson (seed, clock, speed, live changes) is kept for the tab as it goes
 * and comes back when the view opens again on the same blueprint: after a reload, after a
 * trip to the editor. An edited blueprint starts a new lesson, and the view says so.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Blueprint } from '../../model/index.ts';
import {
  type LessonRecord,
  blueprintFingerprint,
  isUntouched,
  planLesson,
} from './lessonRecord.ts';
import { forgetLesson, readLesson, writeLesson } from './lessonStorage.ts';
import { DEFAULT_SPEED, PlaybackDriver, type PlaybackStatus } from './playbackDriver.ts';
import { installPlaybackDevHook } from './playbackDevHook.ts';

export interface PlaybackLesson {
  driver: PlaybackDriver | null;
  /** A lesson was kept for an earlier version of this blueprint: this one started again. */
  restarted: boolean;
  /** The clock a kept lesson came back at (paused there), or null. */
  restoredAt: number | null;
}

export function usePlaybackDriver(blueprint: Blueprint, autoplay: boolean): PlaybackLesson {
  const [lesson, setLesson] = useState<PlaybackLesson>({
    driver: null,
    restarted: false,
    restoredAt: null,
  });
  useEffect(() => {
    const worker = new Worker(new URL('./playback.worker.ts', import.meta.url), {
      type: 'module',
    });
    const created = new PlaybackDriver(worker);
    const plan = planLesson(readLesson(blueprint), blueprint);
    if (plan.kind === 'restore') {
      const { record } = plan;
      created.setSpeed(record.speed);
      // Paused where the class left it, whatever opened the view: the trainer goes on with Space.
      created.start(blueprint, record.seed, false, {
        changes: record.changes,
        clock: record.clock,
      });
    }
    // An edited blueprint's lesson waits, paused, with its word on the restart.
    else created.start(blueprint, null, autoplay && plan.kind === 'fresh');
    const stopKeeping = keepLesson(created, blueprint);
    const removeHook = installPlaybackDevHook(created);
    // The driver lives exactly as long as this effect: state is the way to hand it to render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLesson({
      driver: created,
      restarted: plan.kind === 'changed',
      restoredAt: plan.kind === 'restore' ? plan.record.clock : null,
    });
    return () => {
      stopKeeping();
      removeHook();
      created.dispose();
      setLesson({ driver: null, restarted: false, restoredAt: null });
    };
    // Autoplay is how the view was opened: changing it later must not restart the engine.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blueprint]);
  return lesson;
}

/**
 * Writes the lesson whenever the driver publishes (a few times a second at most). Nothing
 * is written for a lesson nobody has touched yet: a blueprint that shows for a moment
 * while stored work is recovered must not replace the lesson kept for it.
 */
function keepLesson(driver: PlaybackDriver, blueprint: Blueprint): () => void {
  const fingerprint = blueprintFingerprint(blueprint);
  let wrote = false;
  let last = '';
  return driver.subscribe(() => {
    const { phase, info, frame, speed } = driver.getStatus();
    if (phase !== 'running' || !info || !frame) return;
    const record: LessonRecord = {
      version: 1,
      fingerprint,
      seed: info.seed,
      clock: frame.clock,
      speed,
      changes: frame.history,
    };
    if (isUntouched(record, info.start, DEFAULT_SPEED)) {
      if (wrote) forgetLesson(blueprint);
      wrote = false;
      last = '';
      return;
    }
    const text = JSON.stringify(record);
    if (text === last) return;
    last = text;
    writeLesson(blueprint, record);
    wrote = true;
  });
}

const noDriver = (): (() => void) => () => undefined;
const nothing = (): null => null;

export function usePlaybackStatus(driver: PlaybackDriver | null): PlaybackStatus | null {
  return useSyncExternalStore(driver?.subscribe ?? noDriver, driver?.getStatus ?? nothing);
}

/**
 * The progress of the read under way, outside React state: the worker reports every
 * 100 ms, and as dialog state each report re-rendered the whole dialog, the fits' charts
 * of the last read included. Reading a million-row log again with the fits on show (any
 * change of a setting does) then held the page's main thread for up to a second at a
 * time (scripts/measure-calibrate-browser.ts). Now only the bar that subscribes redraws.
 */
import { useSyncExternalStore } from 'react';
import type { ReadProgress } from './workerApi.ts';

export class ProgressFeed {
  private value: ReadProgress | null = null;
  private readonly listeners = new Set<() => void>();

  readonly get = (): ReadProgress | null => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: ReadProgress | null): void {
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}

/** The feed's latest report (null between reads); re-renders the caller on each. */
export function useProgress(feed: ProgressFeed): ReadProgress | null {
  return useSyncExternalStore(feed.subscribe, feed.get);
}

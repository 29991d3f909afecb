/**
 * The lesson and the playback mode in the tab's sessionStorage: they last through reloads
 * and trips to the editor, and end with the tab (a new class starts from the blueprint).
 * Storage that is blocked or full only means the lesson is not kept.
 */
import type { Blueprint } from '../../model/index.ts';
import { type LessonRecord, lessonKey, parseLessonRecord } from './lessonRecord.ts';

const MODE_KEY = 'blueprint-lab.playback-mode';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readLesson(blueprint: Pick<Blueprint, 'id'>): LessonRecord | null {
  try {
    return parseLessonRecord(storage()?.getItem(lessonKey(blueprint)) ?? null);
  } catch {
    return null;
  }
}

export function writeLesson(blueprint: Pick<Blueprint, 'id'>, record: LessonRecord): void {
  try {
    storage()?.setItem(lessonKey(blueprint), JSON.stringify(record));
  } catch {
    // Full or blocked: the lesson lasts as long as the page.
  }
}

export function forgetLesson(blueprint: Pick<Blueprint, 'id'>): void {
  try {
    storage()?.removeItem(lessonKey(blueprint));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

export function readStoredMode(): 'play' | 'present' | null {
  try {
    const mode = storage()?.getItem(MODE_KEY);
    return mode === 'play' || mode === 'present' ? mode : null;
  } catch {
    return null;
  }
}

export function writeStoredMode(mode: 'off' | 'play' | 'present'): void {
  try {
    if (mode === 'off') storage()?.removeItem(MODE_KEY);
    else storage()?.setItem(MODE_KEY, mode);
  } catch {
    // The mode then lasts as long as the page.
  }
}

/**
 * The trainer's lesson, kept per blueprint for the browser tab: the seed, the clock, the
 * speed and the live changes with the clock time each was made at. Replaying the changes
 * at their times on the same seed gives the same day (the engine is deterministic), so a
 * reload or a trip to the editor comes back to exactly what the class saw. A blueprint
 * edited since is noticed by its fingerprint: the lesson then starts again, and says so.
 */
import type { Blueprint } from '../../model/index.ts';
import type { LiveChange, TimedLiveChange } from './playbackProtocol.ts';

export interface LessonRecord {
  version: 1;
  /** blueprintFingerprint of the blueprint the lesson ran on. */
  fingerprint: string;
  seed: number;
  /** Clock minutes shown when last saved. */
  clock: number;
  /** Clock minutes per wall-clock second. */
  speed: number;
  changes: TimedLiveChange[];
}

/** A short digest of the whole blueprint (FNV-1a over its JSON, with its length). */
export function blueprintFingerprint(blueprint: Blueprint): string {
  const text = JSON.stringify(blueprint);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}-${text.length.toString(36)}`;
}

/** Where a blueprint's lesson is kept: by its id, so an edited copy finds (and replaces) it. */
export function lessonKey(blueprint: Pick<Blueprint, 'id'>): string {
  return `blueprint-lab.lesson.${blueprint.id}`;
}

export type LessonPlan =
  | { kind: 'fresh' }
  | { kind: 'restore'; record: LessonRecord }
  /** A lesson was kept for an earlier version of this blueprint: start again and say so. */
  | { kind: 'changed' };

export function planLesson(stored: LessonRecord | null, blueprint: Blueprint): LessonPlan {
  if (!stored) return { kind: 'fresh' };
  if (stored.fingerprint !== blueprintFingerprint(blueprint)) return { kind: 'changed' };
  return { kind: 'restore', record: stored };
}

/** Whether a lesson is worth keeping: a fresh, untouched start needs no record. */
export function isUntouched(record: LessonRecord, start: number, defaultSpeed: number): boolean {
  return record.clock <= start && record.changes.length === 0 && record.speed === defaultSpeed;
}

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function isLiveChange(value: unknown): value is LiveChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  switch (change['kind']) {
    case 'units':
      return typeof change['pool'] === 'string' && isNumber(change['units']);
    case 'schedule':
      return typeof change['pool'] === 'string';
    case 'rate':
      return isNumber(change['factor']);
    case 'peak':
      return typeof change['on'] === 'boolean';
    case 'reset':
      return true;
    default:
      return false;
  }
}

/** The stored text as a record, or null when it is missing, unreadable or of another version. */
export function parseLessonRecord(text: string | null): LessonRecord | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const changes = record['changes'];
  if (
    record['version'] !== 1 ||
    typeof record['fingerprint'] !== 'string' ||
    !isNumber(record['seed']) ||
    !isNumber(record['clock']) ||
    !isNumber(record['speed']) ||
    record['speed'] <= 0 ||
    !Array.isArray(changes) ||
    !changes.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        isNumber((item as Record<string, unknown>)['at']) &&
        isLiveChange((item as Record<string, unknown>)['change']),
    )
  )
    return null;
  return value as LessonRecord;
}

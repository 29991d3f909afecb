/** Where the staffing helper is: idle, searching (with the tries so far), or finished. */
import type { Blueprint } from '../../model/index.ts';
import type { StaffingAnswer, StaffingTarget, StaffingTry } from './findStaffing.ts';

export type StaffingStatus =
  | { phase: 'idle' }
  | { phase: 'searching'; target: StaffingTarget; tries: StaffingTry[] }
  | { phase: 'done'; target: StaffingTarget; answer: StaffingAnswer }
  | { phase: 'cancelled'; target: StaffingTarget; tries: StaffingTry[] }
  | { phase: 'failed'; target: StaffingTarget; tries: StaffingTry[]; reason: string };

export type StaffingEvent =
  | { type: 'start'; target: StaffingTarget }
  | { type: 'try'; tried: StaffingTry }
  | { type: 'answer'; answer: StaffingAnswer }
  | { type: 'cancel' }
  | { type: 'fail'; reason: string };

export const IDLE: StaffingStatus = { phase: 'idle' };

/** The next status; events that do not fit the current phase (a late try) change nothing. */
export function staffingReducer(status: StaffingStatus, event: StaffingEvent): StaffingStatus {
  switch (event.type) {
    case 'start':
      return { phase: 'searching', target: event.target, tries: [] };
    case 'try':
      return status.phase === 'searching'
        ? { ...status, tries: [...status.tries, event.tried] }
        : status;
    case 'answer':
      return status.phase === 'searching'
        ? { phase: 'done', target: status.target, answer: event.answer }
        : status;
    case 'cancel':
      return status.phase === 'searching'
        ? { phase: 'cancelled', target: status.target, tries: status.tries }
        : status;
    case 'fail':
      return status.phase === 'searching'
        ? { phase: 'failed', target: status.target, tries: status.tries, reason: event.reason }
        : status;
  }
}

/** The tries to list for any phase. */
export function triesOf(status: StaffingStatus): StaffingTry[] {
  if (status.phase === 'idle') return [];
  return status.phase === 'done' ? status.answer.tries : status.tries;
}

/** A minutes entry: a number greater than 0 (a comma counts as a decimal point), or null. */
export function parseMinutes(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value > 0 ? value : null;
}

/** The shares of customers a target may ask for, in %: below half is no service level, 100 % no finite staffing. */
export const SHARE_MIN = 50;
export const SHARE_MAX = 99;

/** A share entry in % (a comma counts as a decimal point) from SHARE_MIN to SHARE_MAX, or null. */
export function parseShare(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= SHARE_MIN && value <= SHARE_MAX
    ? value
    : null;
}

/** The form's target entries: the share in % and the wait in minutes, as typed. */
export interface TargetEntries {
  share: string;
  minutes: string;
}

/** Offered when the blueprint promises nothing to the customers chosen. */
export const DEFAULT_ENTRIES: TargetEntries = { share: '90', minutes: '5' };

/**
 * The wait target the blueprint promises the customers chosen, as form entries: class
 * `classId`'s, or for all customers the one every class with a wait target shares (a
 * blueprint of one class: that class's). A time-in-system target is not a wait and is
 * not offered, nor is a target whose share the form does not take; a target without a
 * share gets the default share. Null when there is none.
 */
export function promisedEntries(blueprint: Blueprint, classId?: string): TargetEntries | null {
  const classes = (blueprint.classes ?? []).filter(
    (customers) => classId === undefined || customers.id === classId,
  );
  const targets = classes.flatMap((customers) =>
    customers.serviceTarget?.measure === 'wait' ? [customers.serviceTarget] : [],
  );
  const first = targets[0];
  if (!first) return null;
  const same = targets.every(
    (target) => target.minutes === first.minutes && target.share === first.share,
  );
  // A share in whole per mille at most: 0.8 is 80, not 80.00000000000001.
  const percent =
    first.share === undefined ? Number(DEFAULT_ENTRIES.share) : Math.round(first.share * 1000) / 10;
  if (!same || percent < SHARE_MIN || percent > SHARE_MAX) return null;
  return { share: String(percent), minutes: String(first.minutes) };
}

/** Where the staffing helper is: idle, searching (with the tries so far), or finished. */
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

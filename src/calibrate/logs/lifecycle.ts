/**
 * Event logs with one row per lifecycle transition (XES `lifecycle:transition`, as
 * `simulate --log` and most process-mining exports write them): a `start` row and a
 * `complete` row for each activity instance, each with one timestamp. The pairing turns
 * them into the one-row-per-instance records the rest reads: a `complete` takes the
 * earliest open `start` of the same case and activity. Memory is the instances started
 * and not yet completed, never the rows.
 */
import { isoDate, isoWeekday } from './timeValues.ts';
import type { ActivityRecord } from './records.ts';

export type Transition = 'start' | 'complete' | 'other';

const STARTS = new Set(['start', 'started', 'begin', 'begun', '开始', '启动']);
const COMPLETES = new Set([
  'complete',
  'completed',
  'end',
  'ended',
  'finish',
  'finished',
  'done',
  '完成',
  '结束',
  '办结',
]);

/** The transition a lifecycle cell names, in any case; anything else (schedule, assign, …) is 'other'. */
export function transitionOf(text: string): Transition {
  const value = text.trim().toLowerCase();
  if (STARTS.has(value)) return 'start';
  if (COMPLETES.has(value)) return 'complete';
  return 'other';
}

export interface LifecyclePairing {
  /** A start row: its time is the record's only time (its `completeAt`). */
  start(record: ActivityRecord): void;
  /** A complete row: the paired record, with the start's day and time when one is open. */
  complete(record: ActivityRecord): ActivityRecord;
  /** The starts never completed, in row order; forgets them. */
  openStarts(): { row: number; caseId: string; activity: string }[];
}

interface OpenStart {
  row: number;
  caseId: string;
  activity: string;
  dayNumber: number;
  /** Minutes since 1970-01-01 on the zone's wall clock. */
  at: number;
}

export function createLifecyclePairing(): LifecyclePairing {
  const open = new Map<string, OpenStart[]>();
  const keyOf = (r: ActivityRecord) => `${r.caseId}\u0000${r.activity}`;
  return {
    start(record) {
      const key = keyOf(record);
      const list = open.get(key) ?? [];
      list.push({
        row: record.row,
        caseId: record.caseId,
        activity: record.activity,
        dayNumber: record.dayNumber,
        at: record.dayNumber * 1440 + record.completeAt,
      });
      open.set(key, list);
    },
    complete(record) {
      const key = keyOf(record);
      const list = open.get(key);
      const started = list?.shift();
      if (list !== undefined && list.length === 0) open.delete(key);
      if (started === undefined) return record;
      const completedAt = record.dayNumber * 1440 + record.completeAt;
      const base = started.dayNumber * 1440;
      return {
        ...record,
        day: isoDate(started.dayNumber),
        dayNumber: started.dayNumber,
        weekday: isoWeekday(started.dayNumber),
        startAt: started.at - base,
        completeAt: completedAt - base,
      };
    },
    openStarts() {
      const starts = [...open.values()]
        .flat()
        .map(({ row, caseId, activity }) => ({ row, caseId, activity }));
      open.clear();
      return starts.sort((a, b) => a.row - b.row);
    },
  };
}

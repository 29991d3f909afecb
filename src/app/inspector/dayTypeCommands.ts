/**
 * Editing day types from the blueprint panel: adding, renaming and removing a day, and its
 * staffing per pool. A day's staffing is keyed by pool id, so a pool's rename or removal
 * (poolCommands.ts) follows through here too.
 */
import { isValidId, type Blueprint, type DayType } from '../../model/index.ts';
import { freshId } from '../editor/commands/ids.ts';

type PoolOnDay = NonNullable<DayType['staffing']>[string];

export function addDayType(draft: Blueprint, label: { en: string; 'zh-CN': string }): string {
  const dayTypes = (draft.dayTypes ??= []);
  const id = freshId('day', new Set(dayTypes.map((dayType) => dayType.id)));
  dayTypes.push({ id, label });
  return id;
}

export function removeDayType(draft: Blueprint, id: string): void {
  draft.dayTypes = (draft.dayTypes ?? []).filter((dayType) => dayType.id !== id);
  if (draft.dayTypes.length === 0) delete draft.dayTypes;
}

/** Why `to` cannot be the new id of day type `from` (an inspector message key), if it cannot. */
export function dayTypeIdProblem(
  blueprint: Blueprint,
  from: string,
  to: string,
): 'idInvalid' | 'idTaken' | undefined {
  if (!isValidId(to)) return 'idInvalid';
  if (to !== from && (blueprint.dayTypes ?? []).some((dayType) => dayType.id === to))
    return 'idTaken';
  return undefined;
}

/** Renames a day type; false (and no change) when it is gone or `to` is unchanged, invalid or taken. */
export function renameDayType(draft: Blueprint, from: string, to: string): boolean {
  const dayType = draft.dayTypes?.find((candidate) => candidate.id === from);
  if (!dayType || from === to || dayTypeIdProblem(draft, from, to) !== undefined) return false;
  dayType.id = to;
  return true;
}

/** Changes one day type in place; does nothing if it is gone. */
export function updateDayType(
  draft: Blueprint,
  id: string,
  change: (dayType: DayType) => void,
): void {
  const dayType = draft.dayTypes?.find((candidate) => candidate.id === id);
  if (dayType) change(dayType);
}

/**
 * Gives the day its own staffing of a pool, starting from the pool's usual staffing (its
 * capacity and schedule), which the designer then changes: "one more teller" is one edit.
 */
export function addPoolOnDay(draft: Blueprint, dayTypeId: string, poolId: string): void {
  const pool = draft.resources?.find((candidate) => candidate.id === poolId);
  if (!pool) return;
  updateDayType(draft, dayTypeId, (dayType) => {
    const staffing = (dayType.staffing ??= {});
    if (Object.hasOwn(staffing, poolId)) return;
    staffing[poolId] = {
      capacity: pool.capacity,
      ...(pool.schedule ? { schedule: pool.schedule.map((period) => ({ ...period })) } : {}),
    };
  });
}

/** The day's staffing of a pool replaced (undefined: the pool keeps its own staffing that day). */
export function setPoolOnDay(
  draft: Blueprint,
  dayTypeId: string,
  poolId: string,
  onDay: PoolOnDay | undefined,
): void {
  updateDayType(draft, dayTypeId, (dayType) => {
    const staffing = { ...dayType.staffing };
    if (onDay === undefined) Reflect.deleteProperty(staffing, poolId);
    else staffing[poolId] = onDay;
    if (Object.keys(staffing).length === 0) delete dayType.staffing;
    else dayType.staffing = staffing;
  });
}

/** Every day's staffing of pool `from` renamed to `to`, keeping its place in the file. */
export function renamePoolOnDays(draft: Blueprint, from: string, to: string): void {
  for (const dayType of draft.dayTypes ?? []) {
    if (!dayType.staffing || !Object.hasOwn(dayType.staffing, from)) continue;
    dayType.staffing = Object.fromEntries(
      Object.entries(dayType.staffing).map(([key, value]) => [key === from ? to : key, value]),
    );
  }
}

/** Every day's staffing of a removed pool dropped (it would name a pool that is not there). */
export function removePoolOnDays(draft: Blueprint, poolId: string): void {
  for (const dayType of draft.dayTypes ?? []) setPoolOnDay(draft, dayType.id, poolId, undefined);
}

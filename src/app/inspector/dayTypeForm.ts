/**
 * What the day-type section shows beside its fields: where the model's checks on a day
 * type are (JSON paths, as the findings give them), and which pools a day can still staff
 * its own way.
 */
import { jsonPath, type Blueprint, type DayType, type PathSegment } from '../../model/index.ts';

/** The JSON path of a place in the `index`th day type ("$.dayTypes[2].staffing.tellers"). */
export function dayTypePath(index: number, ...rest: readonly PathSegment[]): string {
  return jsonPath(['dayTypes', index, ...rest]);
}

/** Whether `path` is `place` or inside it (not merely a longer name: "tellers-2" is not in "tellers"). */
export function isAtOrUnder(path: string, place: string): boolean {
  if (!path.startsWith(place)) return false;
  const next = path.charAt(place.length);
  return next === '' || next === '.' || next === '[';
}

/** The pools that keep their own staffing on the day: those the designer can still add. */
export function poolsToStaff(blueprint: Blueprint, dayType: DayType): string[] {
  const staffed = dayType.staffing ?? {};
  return (blueprint.resources ?? [])
    .map((pool) => pool.id)
    .filter((id) => !Object.hasOwn(staffed, id));
}

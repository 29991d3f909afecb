/**
 * Looks a key up among an object's own properties only. Results and per-class chances are
 * objects keyed by ids; an id such as "constructor" or "toString" that is missing from one
 * must read as missing, not as Object.prototype's function.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A per-class record (a class's own chance or duration) as the inspector edits it. */

/** The record with the class's entry set, or removed when undefined; undefined when empty. */
export function withEntry<T>(
  byClass: Record<string, T> | undefined,
  id: string,
  value: T | undefined,
): Record<string, T> | undefined {
  const next = Object.fromEntries(Object.entries(byClass ?? {}).filter(([key]) => key !== id));
  if (value !== undefined) next[id] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

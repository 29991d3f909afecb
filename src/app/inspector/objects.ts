/** Optional fields: the format leaves a field out rather than writing `undefined`. */

/** A copy with `key` set, or left out when the value is undefined. */
export function withField<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined,
): T {
  const copy = { ...object };
  if (value === undefined) Reflect.deleteProperty(copy, key);
  else copy[key] = value;
  return copy;
}

/** Placeholder while the inspector feature is being built. */
export function Inspector() {
  return null;
}

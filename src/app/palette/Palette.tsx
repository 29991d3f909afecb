/** Placeholder while the palette feature is being built. */
export function Palette() {
  return null;
}

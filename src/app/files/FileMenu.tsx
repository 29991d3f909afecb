/** Placeholder while the files feature is being built. */
export function FileMenu() {
  return null;
}

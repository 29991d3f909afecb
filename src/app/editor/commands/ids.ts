/** New ids that read well ("step-3", "f-count-copy") and never collide with existing ones. */
import { isValidId } from '../../../model/index.ts';

/** The first of `base`, `base-2`, `base-3`… not in `taken`; `base` is made a valid id first. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  let clean = base.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 56);
  if (!isValidId(clean)) clean = `s-${clean}`.slice(0, 56);
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n++) {
    const candidate = `${clean}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

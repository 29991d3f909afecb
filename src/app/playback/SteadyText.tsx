/**
 * Text that keeps its width while it changes: the widest values it can take sit in the same
 * grid cell, invisible, so "9" becoming "10" or "×1 · real time" becoming "×1440 · a whole
 * day per minute" moves nothing beside it (no layout shift on a projector). The ghosts are
 * generated content (one per nested span): not in the page's text, not read out.
 */
import type { ReactNode } from 'react';

export function SteadyText({ text, widest }: { text: string; widest: readonly string[] }) {
  let nested: ReactNode = <span className="steady-text__shown">{text}</span>;
  for (const ghost of widest)
    nested = (
      <span className="steady-text" data-ghost={ghost}>
        {nested}
      </span>
    );
  return nested;
}

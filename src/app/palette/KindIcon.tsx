/**
 * Small drawings of the four step shapes, so a chip looks like the box it adds: action a
 * card, decision a hexagon, evidence a paper with a folded corner, note a dashed sticky.
 */
import type { StepKind } from '../../model/index.ts';

const SHAPES: Record<StepKind, React.ReactNode> = {
  action: <rect x="3" y="5" width="18" height="14" rx="3" />,
  decision: <polygon points="7,4 17,4 22,12 17,20 7,20 2,12" />,
  evidence: (
    <>
      <path d="M5 3h10l4 4v14H5z" />
      <path d="M15 3v4h4" />
    </>
  ),
  note: <rect x="4" y="4" width="16" height="16" rx="1" strokeDasharray="3 2" />,
};

export function KindIcon({ kind }: { kind: StepKind }) {
  return (
    <svg
      className="palette-chip__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[kind]}
    </svg>
  );
}

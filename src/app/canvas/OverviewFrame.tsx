/**
 * The canvas's frame, which tells the step boxes how to draw at the current zoom
 * (diagram/overview.ts): below the readable zoom a class switches them to the overview
 * drawing, and CSS variables carry the name's font size, its lines and the marks' scale.
 * Only this frame follows the zoom, through one selector that changes in steps: the
 * boxes (its children) are not re-rendered, on a pan not even the frame.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { CSSProperties, ReactNode } from 'react';
import { isOverview, markScale, nameLines, stepNameSize } from '../diagram/overview.ts';

/** One string per look, so that the frame re-renders only when the look changes. */
const selectLook = (state: ReactFlowState): string => {
  const zoom = state.transform[2];
  return [isOverview(zoom) ? 1 : 0, stepNameSize(zoom), markScale(zoom)].join(' ');
};

interface OverviewFrameProps {
  label: string;
  children: ReactNode;
}

export function OverviewFrame({ label, children }: OverviewFrameProps) {
  const [overview, nameSize, marks] = useStore(selectLook).split(' ').map(Number) as [
    number,
    number,
    number,
  ];
  const style = {
    '--step-name-size': `${nameSize}px`,
    '--step-name-lines': nameLines(nameSize),
    '--mark-scale': marks,
  } as CSSProperties;
  return (
    <div
      className={`canvas__flow${overview ? ' canvas__flow--overview' : ''}`}
      role="region"
      aria-label={label}
      data-overview={overview ? 'true' : 'false'}
      style={style}
    >
      {children}
    </div>
  );
}

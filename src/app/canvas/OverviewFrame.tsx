/**
 * The canvas's frame, which tells the step boxes how to draw at the current zoom
 * (diagram/overview.ts): below the readable zoom a class switches them to the overview
 * drawing, and CSS variables carry the name's font size, its lines and the marks' scale;
 * further out, where no name can be drawn at a readable size, another class leaves the
 * boxes' text out (the palette row says so: NamesHiddenNotice).
 * Only this frame follows the zoom, through one selector that changes in steps: the
 * boxes (its children) are not re-rendered, on a pan not even the frame.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { CSSProperties, ReactNode } from 'react';
import {
  isOverview,
  markScale,
  nameLines,
  namesHidden,
  stepNameSize,
} from '../diagram/overview.ts';

/** One string per look, so that the frame re-renders only when the look changes. */
const selectLook = (state: ReactFlowState): string => {
  const zoom = state.transform[2];
  return [
    isOverview(zoom) ? 1 : 0,
    namesHidden(zoom) ? 1 : 0,
    stepNameSize(zoom),
    markScale(zoom),
  ].join(' ');
};

interface OverviewFrameProps {
  label: string;
  children: ReactNode;
}

export function OverviewFrame({ label, children }: OverviewFrameProps) {
  const [overview, hidden, nameSize, marks] = useStore(selectLook).split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const style = {
    '--step-name-size': `${nameSize}px`,
    '--step-name-lines': nameLines(nameSize),
    '--mark-scale': marks,
  } as CSSProperties;
  const className = [
    'canvas__flow',
    overview && 'canvas__flow--overview',
    hidden && 'canvas__flow--nameless',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      role="region"
      aria-label={label}
      data-overview={overview ? 'true' : 'false'}
      data-names={hidden ? 'hidden' : 'shown'}
      style={style}
    >
      {children}
    </div>
  );
}

/**
 * Lane bands, phase columns and the three lines, drawn inside the canvas's viewport
 * behind the edges and steps, so they pan and zoom with them.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { BAND_OVERHANG } from '../diagram/geometry.ts';
import type { CanvasLayout } from './types.ts';

function BackdropView({ layout }: { layout: CanvasLayout }) {
  const { lanes, lines, phases, bounds } = layout;
  const left = bounds.x - BAND_OVERHANG;
  const width = bounds.width + 2 * BAND_OVERHANG;
  return (
    <ViewportPortal>
      <div className="backdrop" aria-hidden="true">
        {lanes.map((lane) => (
          <div
            key={lane.id}
            className={`backdrop__lane lane--${lane.id}`}
            style={{ left, width, top: lane.top, height: lane.height }}
          />
        ))}
        {phases.map((phase, index) => (
          <div
            key={phase.id}
            className={`backdrop__phase${index % 2 === 1 ? ' backdrop__phase--shaded' : ''}${index === 0 ? ' backdrop__phase--first' : ''}`}
            style={{ left: phase.left, width: phase.right - phase.left, height: bounds.height }}
          />
        ))}
        {lines.map((line) => (
          <div
            key={line.id}
            className={`backdrop__line line--${line.id}`}
            style={{ left, width, top: line.y }}
          />
        ))}
      </div>
    </ViewportPortal>
  );
}

export const Backdrop = memo(BackdropView);

/**
 * The stage's drawing under the tokens: lane bands with their names, the flows (routed
 * around the boxes as in the editor, stageFlows.ts), and the
 * step boxes with their names and queue counts, in canvas units, scaled by one transform.
 * A name is shown whole: its box was sized for it (stageColumns.ts); when the browser still
 * wraps it onto more lines than the box holds, its type shrinks, never under the
 * smallest size allowed (`floorSize`), and the box says so (`data-shrunk`).
 */
import { type CSSProperties, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasLayout } from '../canvas/types.ts';
import type { LaneBand } from '../diagram/types.ts';
import { roundedPath } from '../diagram/flowPath.ts';
import { useLayoutPreferences } from '../header/layoutPreferences.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import { stageFlows } from './stageFlows.ts';
import { WrappedName } from './WrappedName.tsx';
import type { StageView } from './tokenGeometry.ts';

/** Line height of the stage's text, in ems (as in playbackStage.css). */
export const LINE_HEIGHT = 1.1;
/** Padding and border of a step box, top and bottom each, canvas units (as in playbackStage.css). */
export const STEP_PADDING = 6;
/** Padding and border of a step box, left and right each, canvas units (as in playbackStage.css). */
export const STEP_SIDE_PADDING = 11;

/** As many lines of a name as a box's room holds, at this size. */
export function linesIn(room: number, size: number): number {
  return Math.max(1, Math.floor(room / (size * LINE_HEIGHT)));
}

/** A lane's name: this far in from the lane's right end, canvas units, in this weight. */
export const LANE_NAME_INSET = 8;
export const LANE_NAME_WEIGHT = 600;
/** A queue's count over its box: this many times the names' size, in this weight (playbackStage.css). */
export const COUNT_SIZE = 1.1;
export const COUNT_WEIGHT = 700;

/** A lane's name as the stage writes it: the blueprint's own, else the notation's. */
export function useLaneName(): (lane: LaneBand) => string {
  const { t } = useTranslation();
  const text = useLocalizedText();
  return useCallback(
    (lane: LaneBand) => (lane.label ? text(lane.label) : t(`lanes.${lane.id}`)),
    [t, text],
  );
}

/** Each step shrinks its name's type by this factor until the name fits. */
const SHRINK_STEP = 0.96;

export function StageMap({
  layout,
  view,
  labelSize,
  floorSize,
  queueLengths,
  piles,
  highlight,
}: {
  layout: CanvasLayout;
  view: StageView;
  /** Step names' size, canvas units. */
  labelSize: number;
  /** The smallest a name may shrink to, canvas units. */
  floorSize: number;
  queueLengths: Record<string, number>;
  /** Items not yet begun at each step done as one batch a day (PlaybackFrame.piles). */
  piles: Record<string, number>;
  highlight: string | null;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const laneName = useLaneName();
  const mapRef = useRef<HTMLDivElement>(null);
  const { bounds } = layout;
  const aroundSteps = useLayoutPreferences((state) => state.flowsAroundSteps);
  const flows = useMemo(() => stageFlows(layout, aroundSteps), [layout, aroundSteps]);
  useLayoutEffect(() => {
    const labels = mapRef.current?.querySelectorAll<HTMLElement>('.playback-step__label') ?? [];
    for (const label of labels) fitName(label, labelSize, floorSize);
  }, [layout, labelSize, floorSize, text]);
  const style = {
    transform: `translate(${view.offsetX}px, ${view.offsetY}px) scale(${view.scale})`,
    '--label-size': `${labelSize}px`,
  } as CSSProperties;

  return (
    <div
      ref={mapRef}
      className="playback-stage__map"
      style={style}
      data-scale={view.scale}
      aria-hidden="true"
    >
      {layout.lanes.map((lane) => (
        <div
          key={lane.id}
          className={`playback-lane playback-lane--${lane.id}`}
          data-lane={lane.id}
          style={{ left: bounds.x, top: lane.top, width: bounds.width, height: lane.height }}
        >
          {/* At the top right, clear of the steps (which start lower) and of queue badges. */}
          <span
            className="playback-lane__name"
            style={{ right: LANE_NAME_INSET, fontWeight: LANE_NAME_WEIGHT }}
          >
            {laneName(lane)}
          </span>
        </div>
      ))}
      <svg
        className="playback-flows"
        style={{ left: bounds.x, top: bounds.y, width: bounds.width, height: bounds.height }}
        viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      >
        <defs>
          {(['process', 'background', 'drawing'] as const).map((role) => (
            <marker
              key={role}
              id={`playback-arrow-${role}`}
              className={`playback-arrow playback-arrow--${role}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="4"
              markerHeight="4"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" />
            </marker>
          ))}
        </defs>
        {flows.map((flow) => (
          <path
            key={flow.id}
            className={`playback-flow playback-flow--${flow.role}`}
            d={roundedPath(flow.points)}
            markerEnd={`url(#playback-arrow-${flow.role})`}
            data-flow={flow.id}
          />
        ))}
      </svg>
      {layout.nodes.map((node) => {
        const box = {
          x: node.position.x,
          y: node.position.y,
          width: node.width,
          height: node.height,
        };
        const step = node.data.step;
        const pile = piles[step.id];
        const waiting = queueLengths[step.id] ?? 0;
        return (
          <div
            key={node.id}
            className={`playback-step playback-step--${step.kind} playback-step--${step.lane}${
              step.id === highlight ? ' playback-step--highlight' : ''
            }`}
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
            data-step={step.id}
            data-lane={step.lane}
            data-highlight={step.id === highlight || undefined}
          >
            {/* Its size and line count are set by fitName, after each layout. */}
            <span className="playback-step__label">
              <WrappedName name={text(step.label)} />
            </span>
            {pile !== undefined
              ? // Items, not people: a grey stack of cards, not the red line's count.
                pile > 0 && (
                  <span className="playback-step__queue playback-step__pile" data-pile={pile}>
                    {t('playback.pileAt', { count: pile })}
                  </span>
                )
              : waiting > 0 && (
                  <span className="playback-step__queue" data-queue={waiting}>
                    {t('playback.waitingAt', { count: waiting })}
                  </span>
                )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * The name at `size`, on as many lines as its box holds (the customers served sit on the
 * box's bottom edge, half inside: they may cover the end of the last line, never push it
 * out); smaller, down to `floor`, while it is cut.
 */
function fitName(label: HTMLElement, size: number, floor: number): void {
  const box = label.parentElement;
  if (!box) return;
  const room = box.clientHeight - 2 * (STEP_PADDING - borderOf(box));
  // A line hidden is a whole line: a Chinese name's lines come out a pixel or so taller
  // than the line height (the fallback font sits on its own baseline), which is no cut.
  const cut = () =>
    label.scrollHeight > label.clientHeight + parseFloat(label.style.fontSize) / 2 ||
    label.scrollWidth > label.clientWidth + 1;
  const setSize = (value: number) => {
    label.style.fontSize = `${value}px`;
    label.style.setProperty('-webkit-line-clamp', String(linesIn(room, value)));
  };
  let value = size;
  setSize(value);
  while (cut() && value > floor) {
    value = Math.max(floor, value * SHRINK_STEP);
    setSize(value);
  }
  if (value < size) box.dataset['shrunk'] = String(Math.round((value / size) * 100));
  else delete box.dataset['shrunk'];
}

/** The box's top border, canvas units: clientHeight counts the padding but not the border. */
function borderOf(box: HTMLElement): number {
  return parseFloat(getComputedStyle(box).borderTopWidth) || 0;
}

/**
 * The stage: the blueprint as the editor lays it out (lanes, steps, flows; canvas/layout.ts),
 * fitted to the space, with the tokens drawn over it on one canvas by the driver. The
 * drawing underneath is plain DOM that React renders when the size, language or queues
 * change (a few times a second), never per animation frame.
 */
import { type CSSProperties, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import { layoutBlueprint } from '../canvas/layout.ts';
import type { CanvasLayout } from '../canvas/types.ts';
import { STEP_GAP } from '../diagram/geometry.ts';
import type { Rect } from '../diagram/types.ts';
import { useLocalizedText } from '../i18n/useLocalizedText.ts';
import type { PlaybackDriver, PlaybackStatus } from './playbackDriver.ts';
import { growBoxes, stretchFor, stretchLayout, trimToSteps } from './stageLayout.ts';
import {
  fitStage,
  stageGeometry,
  type StageView,
  tokenRadius,
  tokenSpacing,
} from './tokenGeometry.ts';

/** Class colours when the blueprint gives none: distinct on a projector and for colour-blind viewers. */
const CLASS_COLOURS = ['#2f6fde', '#e8590c', '#2b8a3e', '#ae3ec9', '#c92a2a', '#0c8599'];

/**
 * Step labels on screen (CSS px): bigger on bigger stages, never under `minimum` (the
 * presentation's smallest type, a share of the screen's height).
 */
export function labelPixels(stageHeight: number, minimum: number): number {
  return Math.max(minimum, Math.min(40, Math.max(13, stageHeight / 36)));
}

/** Line height of the stage's text, in ems (as in playback.css). */
const LINE_HEIGHT = 1.1;
/** Padding and border of a step box, top and bottom each, canvas units (as in playback.css). */
const STEP_PADDING = 6;

interface StageProps {
  blueprint: Blueprint;
  driver: PlaybackDriver;
  status: PlaybackStatus;
  /** The smallest text on the stage, CSS px. */
  minTextPx: number;
  /** The step "Next event" ran to, drawn out; null: none. */
  highlight: string | null;
}

export function PlaybackStage({ blueprint, driver, status, minTextPx, highlight }: StageProps) {
  const { t } = useTranslation();
  const stageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(stageRef);
  const editorLayout = useMemo(() => trimToSteps(layoutBlueprint(blueprint)), [blueprint]);
  const stretch = stretchFor(editorLayout.bounds, size.width, size.height);
  const stretched = useMemo(() => stretchLayout(editorLayout, stretch), [editorLayout, stretch]);
  const view = useMemo(
    () => fitStage(stretched.bounds, size.width, size.height),
    [stretched.bounds, size.width, size.height],
  );
  const labelSize = labelPixels(size.height, minTextPx) / view.scale;
  const spacing = tokenSpacing(tokenRadius(size.height, STEP_GAP * view.scale), view);
  // The strip above a box holds one line of the queue's count (playback.css: 1.1 em, line
  // height 1.05, 2 px apart); served customers sit on the box's bottom edge, half below it.
  const strip = labelSize * 1.1 * 1.05 + 4 / view.scale;
  const layout = useMemo(
    () => growBoxes(stretched, strip, spacing / 2 + 2 / view.scale),
    [stretched, strip, spacing, view.scale],
  );
  const info = status.info;
  const geometry = useMemo(() => (info ? stageGeometry(info, layout) : null), [info, layout]);
  const colours = useMemo(
    () =>
      (info?.classes ?? []).map((c, i) => {
        const colour = blueprint.classes?.find((k) => k.id === c.id)?.color;
        return colour ?? CLASS_COLOURS[i % CLASS_COLOURS.length]!;
      }),
    [blueprint.classes, info],
  );
  useEffect(() => {
    driver.attachCanvas(canvasRef.current);
    return () => driver.attachCanvas(null);
  }, [driver]);
  useEffect(() => {
    driver.resize(size.width, size.height, window.devicePixelRatio || 1);
  }, [driver, size.width, size.height]);
  useEffect(() => {
    driver.setScene(geometry ? { geometry, view, colours } : null);
  }, [driver, geometry, view, colours]);

  const queueLengths = status.frame?.queueLengths ?? {};

  return (
    <div
      ref={stageRef}
      className="playback-stage"
      role="img"
      aria-label={t('playback.stage')}
      data-testid="playback-stage"
      data-tokens={status.tokens}
    >
      {size.width > 0 && (
        <StageMap
          layout={layout}
          view={view}
          labelSize={labelSize}
          queueLengths={queueLengths}
          highlight={highlight}
        />
      )}
      <canvas ref={canvasRef} className="playback-stage__tokens" />
    </div>
  );
}

function StageMap({
  layout,
  view,
  labelSize,
  queueLengths,
  highlight,
}: {
  layout: CanvasLayout;
  view: StageView;
  labelSize: number;
  queueLengths: Record<string, number>;
  highlight: string | null;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const { bounds } = layout;
  const boxes = useMemo(() => {
    const byNode = new Map<string, Rect>();
    for (const node of layout.nodes)
      byNode.set(node.id, {
        x: node.position.x,
        y: node.position.y,
        width: node.width ?? 0,
        height: node.height ?? 0,
      });
    return byNode;
  }, [layout.nodes]);
  const style = {
    transform: `translate(${view.offsetX}px, ${view.offsetY}px) scale(${view.scale})`,
    '--label-size': `${labelSize}px`,
  } as CSSProperties;
  // As many lines of a name as its box holds (the customers served sit on its bottom
  // edge, half inside: they may cover the end of the last line, never push it out).
  const lines = (room: number) => Math.max(1, Math.floor(room / (labelSize * LINE_HEIGHT)));

  return (
    <div className="playback-stage__map" style={style} data-scale={view.scale} aria-hidden="true">
      {layout.lanes.map((lane) => (
        <div
          key={lane.id}
          className={`playback-lane playback-lane--${lane.id}`}
          style={{ left: bounds.x, top: lane.top, width: bounds.width, height: lane.height }}
        >
          {/* At the top right, clear of the steps (which start lower) and of queue badges. */}
          <span className="playback-lane__name">
            {lane.label ? text(lane.label) : t(`lanes.${lane.id}`)}
          </span>
        </div>
      ))}
      <svg
        className="playback-flows"
        style={{ left: bounds.x, top: bounds.y, width: bounds.width, height: bounds.height }}
        viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      >
        {layout.edges.map((edge) => {
          const from = boxes.get(edge.source);
          const to = boxes.get(edge.target);
          if (!from || !to) return null;
          return (
            <line
              key={edge.id}
              className={`playback-flow playback-flow--${edge.data?.role ?? 'process'}`}
              x1={from.x + from.width / 2}
              y1={from.y + from.height / 2}
              x2={to.x + to.width / 2}
              y2={to.y + to.height / 2}
            />
          );
        })}
      </svg>
      {layout.nodes.map((node) => {
        const box = boxes.get(node.id)!;
        const step = node.data.step;
        const waiting = queueLengths[step.id] ?? 0;
        return (
          <div
            key={node.id}
            className={`playback-step playback-step--${step.kind} playback-step--${step.lane}${
              step.id === highlight ? ' playback-step--highlight' : ''
            }`}
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
            data-step={step.id}
            data-highlight={step.id === highlight || undefined}
          >
            <span
              className="playback-step__label"
              style={{ WebkitLineClamp: lines(box.height - 2 * STEP_PADDING) }}
            >
              {text(step.label)}
            </span>
            {waiting > 0 && (
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

/** The element's size in CSS pixels, kept current with a ResizeObserver. */
function useElementSize(ref: RefObject<HTMLElement | null>): {
  width: number;
  height: number;
} {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((previous) =>
        previous.width === width && previous.height === height ? previous : { width, height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

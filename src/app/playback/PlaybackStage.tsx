/**
 * The stage: the blueprint as the editor lays it out (lanes, steps, flows; canvas/layout.ts),
 * fitted to the space, with the tokens drawn over it on one canvas by the driver. The
 * drawing underneath is plain DOM that React renders when the size, language or queues
 * change (a few times a second), never per animation frame.
 */
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../model/index.ts';
import { layoutBlueprint } from '../canvas/layout.ts';
import { STEP_GAP } from '../diagram/geometry.ts';
import type { PlaybackDriver, PlaybackStatus } from './playbackDriver.ts';
import { stretchFor, stretchLayout, trimToSteps } from './stageLayout.ts';
import { COUNT_SIZE, StageMap } from './StageMap.tsx';
import { fitStage, stageGeometry, tokenRadius, tokenSpacing } from './tokenGeometry.ts';
import { useFittedBoxes } from './useFittedBoxes.ts';

const NO_PILES: Record<string, number> = {};

/** Class colours when the blueprint gives none: distinct on a projector and for colour-blind viewers. */
const CLASS_COLOURS = ['#2f6fde', '#e8590c', '#2b8a3e', '#ae3ec9', '#c92a2a', '#0c8599'];

/**
 * Step labels on screen (CSS px): bigger on bigger stages, never under `minimum` (the
 * presentation's smallest type, a share of the screen's height).
 */
export function labelPixels(stageHeight: number, minimum: number): number {
  return Math.max(minimum, Math.min(40, Math.max(13, stageHeight / 36)));
}

interface StageProps {
  blueprint: Blueprint;
  driver: PlaybackDriver;
  status: PlaybackStatus;
  /** The stage's text size, CSS px (its least: a name shrinks only where it would be cut). */
  minTextPx: number;
  /** The smallest a step's name may shrink to, to be shown whole, CSS px. */
  floorTextPx: number;
  /** The step "Next event" ran to, drawn out; null: none. */
  highlight: string | null;
  /** What the tokens mean, as the stage's tooltip (where no line under the controls says it). */
  note?: string | undefined;
}

export function PlaybackStage({
  blueprint,
  driver,
  status,
  minTextPx,
  floorTextPx,
  highlight,
  note,
}: StageProps) {
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
  // The strip above a box holds one line of the queue's count (playbackStage.css: COUNT_SIZE em,
  // line height 1.05, 2 px apart); served customers sit on the box's bottom edge, half below it.
  const strip = labelSize * COUNT_SIZE * 1.05 + 4 / view.scale;
  // Other boxes keep a few pixels from their lane's edges.
  const room = useMemo(
    () => ({ top: strip, bottom: spacing / 2 + 2 / view.scale, margin: 4 / view.scale }),
    [strip, spacing, view.scale],
  );
  const layout = useFittedBoxes(stretched, blueprint, labelSize, room);
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
  const piles = status.frame?.piles ?? NO_PILES;

  return (
    <div
      ref={stageRef}
      className="playback-stage"
      role="img"
      aria-label={t('playback.stage')}
      title={note}
      data-testid="playback-stage"
      data-tokens={status.tokens}
    >
      {size.width > 0 && (
        <StageMap
          layout={layout}
          view={view}
          labelSize={labelSize}
          floorSize={floorTextPx / view.scale}
          queueLengths={queueLengths}
          piles={piles}
          highlight={highlight}
        />
      )}
      <canvas ref={canvasRef} className="playback-stage__tokens" />
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

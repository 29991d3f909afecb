/**
 * The zoom buttons of the canvas's corner, and their keys: "+" and "−" (with Ctrl or ⌘
 * too while the focus is on the canvas; elsewhere those stay the browser's page zoom).
 * Each press steps the zoom on one ladder (zoomSteps.ts), so as many presses out as in
 * come back to the zoom the user started from, at the limits too.
 */
import { ControlButton, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../keyboard/commands.ts';
import { MAX_ZOOM, MIN_ZOOM, onLadder, stepZoom, ZOOM_STEP, type ZoomLadder } from './zoomSteps.ts';

const selectZoom = (state: ReactFlowState) => state.transform[2];
/** Zooms this close to a limit count as at it (rounding in React Flow's transform). */
const AT_LIMIT = 1e-6;

/** Keys that zoom from the page or the canvas; with Ctrl or ⌘, from the canvas only. */
const ZOOM_IN_KEYS = ['+', 'Shift++', '='];
const ZOOM_OUT_KEYS = ['-', '_', 'Shift+_'];
const withMod = (keys: string[]) => keys.map((key) => `Mod+${key}`);

function onCanvas(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.canvas') !== null;
}

/** Plain keys from anywhere but a text field; Ctrl or ⌘ with them only on the canvas. */
function zoomKeyApplies(event: KeyboardEvent): boolean {
  return !(event.ctrlKey || event.metaKey) || onCanvas(event.target);
}

export function ZoomButtons() {
  const { t } = useTranslation();
  const { getViewport, zoomTo } = useReactFlow();
  const zoom = useStore(selectZoom);
  const anchor = useRef<number | null>(null);

  const step = useCallback(
    (direction: 1 | -1) => {
      const current = getViewport().zoom;
      const ladder = (at: number): ZoomLadder => ({
        anchor: at,
        min: MIN_ZOOM,
        max: MAX_ZOOM,
        factor: ZOOM_STEP,
      });
      // A zoom the steps did not lead to (the first view, a wheel, "Show the whole
      // blueprint") starts a new ladder through it.
      if (anchor.current === null || !onLadder(ladder(anchor.current), current))
        anchor.current = current;
      void zoomTo(stepZoom(ladder(anchor.current), current, direction));
    },
    [getViewport, zoomTo],
  );

  useCommands([
    {
      id: 'canvas.zoomIn',
      keys: [...ZOOM_IN_KEYS, ...withMod(ZOOM_IN_KEYS)],
      enabled: zoomKeyApplies,
      run: () => step(1),
    },
    {
      id: 'canvas.zoomOut',
      keys: [...ZOOM_OUT_KEYS, ...withMod(ZOOM_OUT_KEYS)],
      enabled: zoomKeyApplies,
      run: () => step(-1),
    },
  ]);

  return (
    <>
      <ControlButton
        className="react-flow__controls-zoomin"
        onClick={() => step(1)}
        aria-label={t('controls.zoomIn')}
        title={t('controls.zoomIn')}
        disabled={zoom >= MAX_ZOOM * (1 - AT_LIMIT)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2v12M2 8h12" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </ControlButton>
      <ControlButton
        className="react-flow__controls-zoomout"
        onClick={() => step(-1)}
        aria-label={t('controls.zoomOut')}
        title={t('controls.zoomOut')}
        disabled={zoom <= MIN_ZOOM * (1 + AT_LIMIT)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 8h12" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </ControlButton>
    </>
  );
}

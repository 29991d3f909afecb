/**
 * The canvas of the open blueprint: lane names on the left, phase names on top, and
 * React Flow (CanvasFlow, where the editing happens) drawing the steps and flows over the
 * lane bands. Nodes and edges are derived from the store's blueprint on each change.
 */
import { ControlButton, Controls, MiniMap, type AriaLabelConfig } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, type Blueprint } from '../../model/index.ts';
import { overviewFloor } from '../diagram/overview.ts';
import type { Rect } from '../diagram/types.ts';
import { useUiLanguage } from '../i18n/useLocalizedText.ts';
import { useLayoutPreferences } from '../header/layoutPreferences.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { Backdrop } from './Backdrop.tsx';
import { CanvasFlow } from './CanvasFlow.tsx';
import { installDevHook } from './devHook.ts';
import { LaneRail } from './LaneRail.tsx';
import { OverviewFrame } from './OverviewFrame.tsx';
import { layoutBlueprint } from './layout.ts';
import { NamesHiddenNotice } from './NamesHiddenNotice.tsx';
import { PhaseBar } from './PhaseBar.tsx';
import type { CanvasLayout, StepNode } from './types.ts';
import { useFollowMovedStep } from './useFollowMovedStep.ts';
import { useStartView } from './useStartView.ts';
import { ZoomButtons } from './ZoomButtons.tsx';

/** Small enough to leave the support lane's steps mostly in view. */
const MINIMAP_SIZE = { width: 176, height: 110 };

installDevHook(useBlueprintStore);

const minimapColor = (node: StepNode): string => `var(--lane-${node.data.step.lane}-accent)`;

interface CanvasProps {
  blueprint: Blueprint;
  /** Changes when another document is opened (not when this one is edited): resets the view. */
  documentKey: string;
}

/** Needs a ReactFlowProvider above it (the app puts one around the whole workspace). */
export function BlueprintCanvas({ blueprint, documentKey }: CanvasProps) {
  const { t } = useTranslation();
  const layout = useMemo(() => layoutBlueprint(blueprint), [blueprint]);
  const language = useUiLanguage();
  // How far out the first view may go with every name still read whole (overview.ts).
  const floor = useMemo(
    () =>
      overviewFloor(
        blueprint.steps.map((step) => ({ kind: step.kind, label: textIn(step.label, language) })),
      ),
    [blueprint.steps, language],
  );
  const selectedRect = useCallback(() => selectedStepsRect(layout), [layout]);
  const hasErrors = useBlueprintStore(
    (state) => state.document?.findings.some((finding) => finding.severity === 'error') ?? false,
  );
  const { ready, showWhole } = useStartView({
    bounds: layout.bounds,
    documentKey,
    floor,
    selectedRect,
    hasErrors,
  });
  useFollowMovedStep(layout, documentKey);
  const minimapShown = useLayoutPreferences((state) => state.minimapShown);
  const toggleMinimap = useLayoutPreferences((state) => state.toggleMinimap);
  const minimapLabel = t(minimapShown ? 'controls.hideMinimap' : 'controls.showMinimap');
  const flowsAroundSteps = useLayoutPreferences((state) => state.flowsAroundSteps);
  const toggleFlowsAroundSteps = useLayoutPreferences((state) => state.toggleFlowsAroundSteps);

  const ariaLabels = useMemo(
    (): Partial<AriaLabelConfig> => ({
      'controls.ariaLabel': t('controls.panel'),
      'controls.fitView.ariaLabel': t('controls.fitView'),
      'minimap.ariaLabel': t('controls.minimap'),
    }),
    [t],
  );

  return (
    <div className={`canvas${ready ? '' : ' canvas--placing'}`}>
      <div className="canvas__corner">
        {/* Zoom buttons live in the empty corner, where they never cover a step. */}
        <Controls
          orientation="horizontal"
          position="top-left"
          showInteractive={false}
          // React Flow's own fit button also runs its fitView, which centres the content
          // vertically (an empty band over the lanes) and hides the last phase under
          // "+ Add phase"; this one shows the whole blueprint as viewport.ts says.
          showFitView={false}
          // Steps that come back to where they started (ZoomButtons, zoomSteps.ts).
          showZoom={false}
        >
          <ZoomButtons />
          <ControlButton
            className="react-flow__controls-fitview"
            onClick={showWhole}
            aria-label={t('controls.fitView')}
            title={t('controls.fitView')}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path
                d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              />
            </svg>
          </ControlButton>
          <ControlButton
            onClick={toggleMinimap}
            aria-label={minimapLabel}
            title={minimapLabel}
            aria-pressed={minimapShown}
          >
            <span aria-hidden="true">▦</span>
          </ControlButton>
          <ControlButton
            className="canvas__route-flows"
            onClick={toggleFlowsAroundSteps}
            aria-label={t('controls.routeFlows')}
            title={t('controls.routeFlows')}
            aria-pressed={flowsAroundSteps}
          >
            {/* A line going round a box. */}
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <rect x="6" y="8" width="4" height="6" fill="currentColor" />
              <path d="M1 11h2.5V4.5h9V11H15" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </ControlButton>
        </Controls>
      </div>
      <PhaseBar phases={layout.phases} />
      <LaneRail lanes={layout.lanes} lines={layout.lines} />
      <OverviewFrame label={t('canvas.label')}>
        <CanvasFlow layout={layout} ariaLabels={ariaLabels}>
          <Backdrop layout={layout} />
          {minimapShown && (
            <MiniMap<StepNode>
              nodeColor={minimapColor}
              nodeStrokeWidth={0}
              nodeBorderRadius={4}
              style={MINIMAP_SIZE}
              pannable
              zoomable
            />
          )}
        </CanvasFlow>
      </OverviewFrame>
      <NamesHiddenNotice showWhole={showWhole} />
    </div>
  );
}

/** The box around the selected steps, in canvas units, or null when none is selected. */
function selectedStepsRect(layout: CanvasLayout): Rect | null {
  const selected = new Set(useBlueprintStore.getState().selection.steps);
  const boxes = layout.nodes.filter((node) => selected.has(node.data.step.id));
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((node) => node.position.x));
  const top = Math.min(...boxes.map((node) => node.position.y));
  const right = Math.max(...boxes.map((node) => node.position.x + (node.width ?? 0)));
  const bottom = Math.max(...boxes.map((node) => node.position.y + (node.height ?? 0)));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * React Flow, editable. Data flows one way: a gesture calls a store action, the action
 * edits the blueprint, and the nodes and edges drawn here are derived from it again.
 * React Flow holds no copy; only a drag in progress lives here, as a transient preview.
 */
import {
  ConnectionMode,
  ReactFlow,
  type AriaLabelConfig,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useEditorShortcuts } from '../editor/keyboard/useEditorShortcuts.ts';
import { useBlueprintStore } from '../store/appStore.ts';
import { NOTHING_SELECTED } from '../store/blueprintStore.ts';
import { edgeTypes, nodeTypes } from './elementTypes.ts';
import { FlowBoxes, reuseBoxes, type BoxCache } from './flowBoxes.ts';
import { edgeEndsKey, FlowLines, layFlowLines, type LaidLine } from './flowLines.ts';
import { reuseEdges, reuseNodes, type EdgeCache, type NodeCache } from './stableElements.ts';
import type { CanvasLayout, FlowEdge, StepNode } from './types.ts';
import { useConnecting } from './useConnecting.ts';
import { useDragPreview } from './useDragPreview.ts';
import { useSelectionFlags } from './useSelectionFlags.ts';
import { MAX_ZOOM, MIN_ZOOM } from './zoomSteps.ts';

/**
 * From this many steps on, only the steps and flows in view are mounted: a big blueprint
 * is mostly off screen, and each mounted element costs work on every drag frame. Small
 * blueprints keep every element in the page (tests and screen readers find them all).
 */
const DRAW_VISIBLE_ONLY_FROM = 120;

/** Without lines laid together (a big blueprint), each flow is routed alone as it mounts. */
const NO_LAID_LINES: ReadonlyMap<string, LaidLine> = new Map();

/** Shift+click adds to the selection; Ctrl/Cmd+click too, as React Flow users expect. */
const ADD_TO_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];

interface CanvasFlowProps {
  layout: CanvasLayout;
  ariaLabels: Partial<AriaLabelConfig>;
  children: ReactNode;
}

export function CanvasFlow({ layout, ariaLabels, children }: CanvasFlowProps) {
  const store = useBlueprintStore;
  useEditorShortcuts(store);
  const [nodeCache] = useState<NodeCache>(() => new WeakMap());
  const [edgeCache] = useState<EdgeCache>(() => new WeakMap());
  const nodes = useMemo(() => reuseNodes(layout.nodes, nodeCache), [layout.nodes, nodeCache]);
  const edges = useMemo(() => reuseEdges(layout.edges, edgeCache), [layout.edges, edgeCache]);
  const [boxCache] = useState<BoxCache>(() => ({}));
  const boxes = useMemo(() => reuseBoxes(layout.nodes, boxCache), [layout.nodes, boxCache]);
  // Laid again only when a box moves or a flow's ends change, not on a rename. A big
  // blueprint's flows are routed one by one as they come into view instead: laying them
  // all together would route thousands of lines on every drop.
  const endsKey = edgeEndsKey(layout.edges);
  const lines = useMemo(
    () =>
      layout.nodes.length < DRAW_VISIBLE_ONLY_FROM
        ? layFlowLines(layout.edges, boxes)
        : NO_LAID_LINES,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [endsKey, boxes],
  );
  const selection = useSelectionFlags(store, nodes, edges);
  const drag = useDragPreview(store, selection.selectedNodes, layout.lanes);
  const connecting = useConnecting(store, selection.stepOfNode, selection.flowOfEdge);
  const { previewPositions } = drag;
  const { selectNodes, selectEdges } = selection;

  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      previewPositions(changes);
      selectNodes(changes);
    },
    [previewPositions, selectNodes],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => selectEdges(changes),
    [selectEdges],
  );
  const clearSelection = useCallback(() => store.getState().select(NOTHING_SELECTED), [store]);

  return (
    <FlowBoxes value={boxes}>
      <FlowLines value={lines}>
        <ReactFlow<StepNode, FlowEdge>
          nodes={drag.shownNodes}
          edges={selection.selectedEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={drag.commitDrop}
          onConnect={connecting.onConnect}
          onConnectEnd={connecting.onConnectEnd}
          onReconnect={connecting.onReconnect}
          onPaneClick={clearSelection}
          ariaLabelConfig={ariaLabels}
          edgesReconnectable
          // Each side has a source and a target handle at one spot, and the source dot is the
          // one under the pointer: loose mode lets a flow end on either. The direction always
          // comes from where the drag started.
          connectionMode={ConnectionMode.Loose}
          // A selected flow comes above the steps, so the ends it is dragged by can be grabbed.
          elevateEdgesOnSelect
          onlyRenderVisibleElements={nodes.length >= DRAW_VISIBLE_ONLY_FROM}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={ADD_TO_SELECTION_KEYS}
          // Deleting is the editor's shortcut (one undo step for steps and flows together).
          deleteKeyCode={null}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          attributionPosition="top-right"
        >
          {children}
        </ReactFlow>
      </FlowLines>
    </FlowBoxes>
  );
}
